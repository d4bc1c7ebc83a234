import type { Gender } from './lexicon';
import { kinNounAfter } from './kinship';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Her father, Laszlo Varga, taught her the moves. … [a grandmaster the text never gives a he or she] … The family pays
// for her travel. Her father said …": the his/her of a kin word is first of all someone who has such a relative. When
// the antecedent read for it has none, and the text has not shown it to be of the pronoun's gender, the owner is the
// person of that gender the text has tied to such a relative: the first named of them when several are (news puts the
// one it is about first: "Jordan's older brother, Kyle Pike" … "his brother said" is the dead boy's brother).

/**
 * The owner of the his/her at item `i` before a kin word, when `guess` (the antecedent read for it) has no relative so
 * called and no shown gender; null when the guess stands. Only mentions read before `i` are looked at.
 */
export function kinOwnerInstead(items: readonly Item[], table: PeopleTable, i: number, gender: Gender, guess: PersonRecord | null): PersonRecord | null {
  if (!/^(?:his|her)$/.test(items[i].lower)) return null;
  const k = kinNounAfter(items, i);
  if (k < 0) return null;
  const noun = normalizeWord(items[k].lower);
  if (guess && table.relativeBy(guess, noun)) return null;
  const owners = new Set(table.kinship.ownersOf(noun, (p) => table.gender(p)).filter((p) => p !== guess && table.gender(p) === gender));
  if (owners.size === 0) return null;
  // The mentions are in text order: the first one of an owner is the first named.
  for (const m of table.mentions) {
    if (m.item >= i) break;
    if (owners.has(m.person)) return m.person;
  }
  return null;
}
