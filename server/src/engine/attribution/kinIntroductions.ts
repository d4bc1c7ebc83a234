import { kinNounAfter, tieOf } from './kinship';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Nora put her bag on the bed, because the bed was their mother’s. Ruth Kessling lay with her face to the wall.":
// fiction speaks of a relative first and names them at once, as the next sentence's subject. The name brought in so
// is that relative, and "their mother said", or "Mom" in the dialogue, is that person.

const OWNERS = /^(?:his|her|their|my)$/;

/** Gives the kin noun as a role to each person a sentence brings in right after a possessed kin noun. */
export function learnIntroducedRelatives(items: readonly Item[], table: PeopleTable): void {
  for (let i = 0; i + 1 < items.length; i++) {
    if (!isWord(items[i]) || !OWNERS.test(items[i].lower)) continue;
    const k = kinNounAfter(items, i);
    if (k < 0) continue;
    let next = k + 1;
    while (next < items.length && items[next].sentence === items[k].sentence) next++;
    if (next >= items.length || items[next].paragraph !== items[k].paragraph || !isWord(items[next])) continue;
    const person = table.mentionAt(next)?.person;
    const gender = tieOf(items[k].lower)![1];
    if (!person || person.core.length < 2 || !introducedAt(table, person, next)) continue;
    if (gender && (table.gender(person) ?? gender) !== gender) continue;
    const noun = normalizeWord(items[k].lower);
    person.roles.add(items[i].lower === 'my' ? `my ${noun}` : noun);
  }
}

/** Whether item `at` holds the text's first mention of `person`. */
function introducedAt(table: PeopleTable, person: PersonRecord, at: number): boolean {
  return table.mentions.find((m) => m.person === person)?.item === at;
}
