import type { Gender } from './lexicon';
import { kinNounAfter } from './kinship';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Her father, Laszlo Varga, taught her the moves. … [a grandmaster, read as a she] … The family pays for her travel.
// Her father said …": the his/her of a kin word is first of all someone who has such a relative. When the antecedent
// read for it has none, the owner is the person of the pronoun's gender the text has tied to such a relative: the first
// named of them when several are (news puts the one it is about first: "Jordan's older brother, Kyle Pike" … "his
// brother said" is the dead boy's brother).

/**
 * The owner of the his/her at item `i` before a kin word, when `guess` (the antecedent read for it) has no relative so
 * called; null when the guess stands. Only mentions read before `i` are looked at.
 */
export function kinOwnerInstead(items: readonly Item[], table: PeopleTable, i: number, gender: Gender, guess: PersonRecord | null): PersonRecord | null {
  if (!/^(?:his|her)$/.test(items[i].lower)) return null;
  const k = kinNounAfter(items, i);
  if (k < 0) return null;
  const noun = normalizeWord(items[k].lower);
  if (guess && table.relativeBy(guess, noun)) return null;
  const owners = table.kinship.ownersOf(noun, (p) => table.gender(p)).filter((p) => p !== guess && table.gender(p) === gender);
  if (owners.length === 0) return null;
  const first = firstMentions(table, i);
  let owner: PersonRecord | null = null;
  for (const p of owners) if (first.has(p) && (!owner || first.get(p)! < first.get(owner)!)) owner = p;
  return owner;
}

/** Each person's first mention item among those read so far, kept up with as the mentions grow (linear over a novel). */
const firstSeen = new WeakMap<PeopleTable, { read: number; first: Map<PersonRecord, number> }>();

/** The first mention item of every person mentioned before item `i` (the mentions are read in text order). */
function firstMentions(table: PeopleTable, i: number): ReadonlyMap<PersonRecord, number> {
  let state = firstSeen.get(table);
  if (!state) firstSeen.set(table, (state = { read: 0, first: new Map() }));
  for (; state.read < table.mentions.length && table.mentions[state.read].item < i; state.read++) {
    const m = table.mentions[state.read];
    if (!state.first.has(m.person)) state.first.set(m.person, m.item);
  }
  return state.first;
}
