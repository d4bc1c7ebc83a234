import type { Attribution } from '../types';
import { vocativesIn } from './dialogue';
import { GENERIC_PERSON_NOUNS } from './lexicon';
import { normalizeWord, samePerson } from './names';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// A servant, a nurse, a stranger speaks under a description, and the one who answers calls them by name: "“…,” said
// the weeping handmaiden. “Ah, Ellis,” cried Miss Marjoribanks." The description is Ellis, and so is whatever else the
// text lets that description say ("the nurse" is Mrs. Thingummy at every turn once someone has called her so).

/** Whether a speaker is a description of one person ("the weeping handmaiden"), not a name, a pronoun or a group. */
function isDescription(speaker: string | null): speaker is string {
  if (!speaker || !/^(?:the|this|that|a|an)\s/.test(speaker)) return false;
  const head = normalizeWord(speaker.split(/\s+/).pop()!);
  return !(head.endsWith('s') && !head.endsWith('ss'));
}

/**
 * The quotations (by index into `quoteItems`) whose description speaker a name is known for, with the name: the
 * descriptions speaking, with no one else between, just before a quotation of someone else in their paragraph that
 * calls a name (the one it opens with, if any); then every other quotation of a description (no plain "the man")
 * that the text has once read as a name.
 */
export function namesOfAddressedDescriptions(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributionOf: (qi: number) => Attribution,
): Map<number, string> {
  const found = new Map<number, string>();
  const speakerOf = (k: number) => found.get(k) ?? attributionOf(quoteItems[k]).speaker;
  for (let k = 1; k < quoteItems.length; k++) {
    const [called] = vocativesIn(items[quoteItems[k]].text);
    const answerer = attributionOf(quoteItems[k]).speaker;
    if (!called || !answerer || isDescription(answerer) || samePerson(called, answerer)) continue;
    const name = table.personNamed(called)?.name ?? called;
    for (let j = k - 1; j >= 0 && items[quoteItems[j]].paragraph === items[quoteItems[k]].paragraph && isDescription(attributionOf(quoteItems[j]).speaker); j--) found.set(j, name);
  }
  // The same description elsewhere: the name the text read it as, when only one.
  const named = new Map<string, Set<string>>();
  for (const [k] of quoteItems.entries()) {
    const a = attributionOf(quoteItems[k]);
    const phrase = a.mention?.text.replace(/\s+/g, ' ').toLowerCase();
    const speaker = speakerOf(k);
    if (!phrase || !speaker || !isDescription(phrase) || isDescription(speaker) || GENERIC_PERSON_NOUNS.has(normalizeWord(phrase.split(' ').pop()!))) continue;
    named.set(phrase, (named.get(phrase) ?? new Set()).add(speaker));
  }
  for (const [k] of quoteItems.entries()) {
    const speaker = speakerOf(k);
    const names = isDescription(speaker) ? named.get(speaker.replace(/\s+/g, ' ').toLowerCase()) : undefined;
    if (names?.size === 1) found.set(k, [...names][0]);
  }
  return found;
}
