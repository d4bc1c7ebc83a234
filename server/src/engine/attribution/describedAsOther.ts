import { GENERIC_PERSON_NOUNS, PRONOUN_GENDER, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, pronounOpeningNextSentence, type Item } from './narration';
import type { PeopleTable } from './people';
import { pronounAfter } from './describedGenders';
import { bringsOn } from './standingDescriptions';

// Fiction calls a stranger by one role ("The caretaker was on his knees by the boiler") and then by what they look
// like ("“Radiators,” the old man muttered"): the plainer description is the one the narration has just shown, not
// the named man of the scene it would otherwise be read as.

/** How many items back the role description is sought: about three paragraphs. */
const REACH = 240;

/**
 * For a definite description by sex and look alone ("the old man", "the young woman", from item `first` to `last`),
 * the role description opening a sentence of the narration just before ("The caretaker", "The Warden") whose
 * pronouns give it that sex, as written, when no one of that sex is named in the narration between.
 */
export function describedAsOther(items: readonly Item[], table: PeopleTable, first: number, last: number, original: string): string | null {
  const head = normalizeWord(items[last].lower);
  const gender = roleGender(head);
  if (items[first].lower !== 'the' || !gender || !GENERIC_PERSON_NOUNS.has(head)) return null;
  for (let i = first - 1; i >= 0 && i >= first - REACH; i--) {
    const it = items[i];
    // Or one a verb brings on ("announced the sexton, who …. He set the barrow down"), the next sentence's he/she his.
    if (!isWord(it) || it.lower !== 'the') continue;
    const broughtOn = bringsOn(items, i);
    if (items[i - 1]?.sentence === it.sentence && !broughtOn) continue;
    const role = items[i + 1];
    const noun = role && isWord(role) ? normalizeWord(role.lower) : '';
    if (!table.isRole(noun) || GENERIC_PERSON_NOUNS.has(noun) || (roleGender(noun) ?? gender) !== gender) continue;
    const pronoun = pronounAfter(items, i + 2) ?? (broughtOn ? pronounOpeningNextSentence(items, i) : null);
    if (pronoun !== gender || namedBetween(items, table, i + 2, first, gender)) return null;
    return 'the ' + original.slice(role.start, role.end);
  }
  return null;
}

/** Whether the narration names someone of `gender` (or of no known sex) between items `from` and `to`. */
function namedBetween(items: readonly Item[], table: PeopleTable, from: number, to: number, gender: Gender): boolean {
  return table.mentionsWithin(from, to - 1).some((m) => !m.addressed && !PRONOUN_GENDER.has(items[m.item].lower) && (table.gender(m.person) ?? gender) === gender);
}
