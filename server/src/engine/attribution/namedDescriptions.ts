import type { Attribution } from '../types';
import { isKnownPersonNoun } from './clauses';
import { roleGender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// A stranger speaks under a description, and the narration names them afterwards: "“…,” said a young officer. …
// The officer, whose name was Blakeney, tapped at the door.", "“…,” said the kid. … The kid—Tobiah Pell, twenty-two,
// on his first contract—went quiet." The turns the description spoke are the named person's.

/** How many paragraphs before its naming a description's turns are looked for. */
const PARAGRAPHS_BACK = 12;

/**
 * The quotations (by index into `quoteItems`) whose speaker is a description ("a young officer") that the narration
 * after them names by "the <noun>, whose name was <Name>" or "The <noun>—<Name>", with the name.
 */
export function descriptionsNamedAfter(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributionOf: (qi: number) => Attribution,
): Map<number, string> {
  const found = new Map<number, string>();
  for (let i = 2; i + 3 < items.length; i++) {
    const naming = namingAt(items, i);
    if (!naming) continue;
    const head = normalizeWord(items[naming.noun].lower);
    const run = table.runAfter(naming.name);
    if (!isKnownPersonNoun(head) || !run || run[0] !== naming.name) continue;
    const written = table.runText(run[0], run[1]);
    const name = table.personNamed(written)?.name ?? written;
    for (const [k, qi] of quoteItems.entries()) {
      if (qi >= i) break;
      const speaker = attributionOf(qi).speaker;
      if (items[qi].paragraph < items[i].paragraph - PARAGRAPHS_BACK || !speaker || !/^(?:a|an|the)\s/.test(speaker)) continue;
      if (normalizeWord(speaker.split(/\s+/).pop()!) === head) found.set(k, name);
    }
  }
  for (const [k, name] of ownersNamed(items, table, quoteItems, attributionOf)) if (!found.has(k)) found.set(k, name);
  return found;
}

/**
 * "“…?” ¶ … our visitor, having composed herself, told us that her name was Edith Brankstone": a his/her name the
 * narration gives names the description of that sex (or of none) that spoke last before it, at all its turns of the
 * meeting; not when someone the text names, of that sex, spoke since.
 */
function ownersNamed(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributionOf: (qi: number) => Attribution,
): Map<number, string> {
  const found = new Map<number, string>();
  let k = 0;
  for (let i = 0; i + 3 < items.length; i++) {
    if (items[i].kind !== 'word' || !/^(?:his|her)$/.test(items[i].lower) || items[i + 1].lower !== 'name' || !/^(?:was|is)$/.test(items[i + 2].lower)) continue;
    const run = table.runAfter(i + 3);
    if (!run || run[0] !== i + 3) continue;
    while (k < quoteItems.length && quoteItems[k] < i) k++;
    const gender = items[i].lower === 'his' ? 'm' : 'f';
    const inMeeting = (j: number) => j >= 0 && items[quoteItems[j]].paragraph >= items[i].paragraph - PARAGRAPHS_BACK;
    let described: string | null = null;
    for (let j = k - 1; inMeeting(j) && !described; j--) {
      const speaker = attributionOf(quoteItems[j]).speaker;
      if (!speaker) continue;
      if (/^(?:a|an|the)\s/.test(speaker)) {
        const g = roleGender(normalizeWord(speaker.split(/\s+/).pop()!));
        if (!g || g === gender) described = speaker;
        continue;
      }
      const person = table.personNamed(speaker);
      if (person && table.gender(person) === gender) break;
    }
    if (!described) continue;
    const written = table.runText(run[0], run[1]);
    const name = table.personNamed(written)?.name ?? written;
    for (let j = k - 1; inMeeting(j); j--) if (attributionOf(quoteItems[j]).speaker === described) found.set(j, name);
  }
  return found;
}

/**
 * The description's noun and the start of the name that names it at item `i`: "the officer, whose name was Blakeney",
 * or a dash right after a noun opening its sentence ("The kid—Tobiah Pell, twenty-two, …"); null when `i` names none.
 */
function namingAt(items: readonly Item[], i: number): { noun: number; name: number } | null {
  if (items[i].lower === 'whose' && items[i + 1].lower === 'name' && /^(?:was|is)$/.test(items[i + 2].lower) && items[i - 1].text === ',') return { noun: i - 2, name: i + 3 };
  const opens = items[i - 2].lower === 'the' && items[i - 2].sentence !== items[i - 3]?.sentence;
  return /^[—–]$/.test(items[i].text) && opens && items[i + 1]?.capital ? { noun: i - 1, name: i + 1 } : null;
}
