import { PRONOUN_GENDER } from './lexicon';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A profile, an obituary or a feature is about one person: the one its opening names first ("Annick Dunmore, the
// marine biologist who …, has died") and names most often. A description the text gave no one else ("the
// 83-year-old" in an obituary of a woman of 84) is most often theirs.

/** How many sentences from the text's start the principal person must be named within. */
const OPENING_SENTENCES = 2;

/**
 * The person named first in the text's opening sentences, when the text names them (by any of their names) more often
 * than anyone else; null for a text about no one in particular. Read from the names' mentions alone.
 */
export function principalPerson(items: readonly Item[], table: PeopleTable): PersonRecord | null {
  const first = table.mentions.find((m) => !table.organisations.has(m.person));
  if (!first || items[first.item].sentence >= (items[0]?.sentence ?? 0) + OPENING_SENTENCES) return null;
  const counts = new Map<PersonRecord, number>();
  for (const m of table.mentions) if (items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower)) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const own = counts.get(first.person) ?? 0;
  for (const [p, n] of counts) if (p !== first.person && n >= own) return null;
  return first.person;
}
