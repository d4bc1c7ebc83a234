import type { Gender } from './lexicon';
import { tieOf } from './kinship';
import { normalizeWord, parseName } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonMention, PersonRecord } from './people';

// "Her mother, the poet Agnes Kellaway, had a collection pulled in 1984. “Mom framed the letter,” Kellaway said.": no
// one calls themself Mom. Words that speak of the speaker's own mother or father ("Mum", "Dad" as names, "my
// mother") are not the words of the one the text made that parent, so a lone surname shared in the family that
// cues them is that parent's child.

/** The genders of the parents a quotation's words speak of as the speaker's own: "Mum", "Dad", "my mother". */
function parentsSpokenOf(text: string): Set<Gender> {
  const genders = new Set<Gender>();
  const words = text.split(/[^\p{L}'’]+/u);
  for (let j = 0; j < words.length; j++) {
    const tie = tieOf(words[j]);
    if (tie?.[0] !== 'parent' || !tie[1]) continue;
    if (/^\p{Lu}/u.test(words[j]) || normalizeWord(words[j - 1] ?? '') === 'my') genders.add(tie[1]);
  }
  return genders;
}

/** The quotation a clause whose subject runs from item `first` to `last` cues: "“…,” X said" or "X said: “…”". */
function quotationCued(items: readonly Item[], first: number, last: number): Item | null {
  if (items[first - 1]?.kind === 'quote') return items[first - 1];
  const after = items[last + 3];
  return after?.kind === 'quote' && /^[:,]$/.test(items[last + 2]?.text ?? '') ? after : null;
}

/**
 * The child of `person` that the lone surname of mention `m` stands for instead of them, when the quotation it cues
 * speaks of a parent of `person`'s gender as the speaker's own and `person` has one child of that surname.
 */
export function childSpeaking(items: readonly Item[], table: PeopleTable, m: PersonMention, person: PersonRecord): PersonRecord | null {
  const run = table.runAfter(m.item);
  const surname = person.core[person.core.length - 1];
  if (!run || person.core.length < 2 || parseName(table.runText(run[0], run[1])).core.join(' ') !== surname) return null;
  const quote = quotationCued(items, run[0], run[1]);
  if (!quote) return null;
  const genders = parentsSpokenOf(quote.text);
  const gender = table.gender(person);
  if (genders.size === 0 || (gender && !genders.has(gender))) return null;
  const children = table.kinship.childrenOf(person).filter((c) => c.core.length > 1 && c.core[c.core.length - 1] === surname);
  return children.length === 1 ? children[0] : null;
}
