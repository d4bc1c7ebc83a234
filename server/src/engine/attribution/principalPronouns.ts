import { PRONOUN_GENDER, type Gender } from './lexicon';
import type { Item } from './narration';
import type { PeopleTable, PersonMention, PersonRecord } from './people';
import { calledBySurname } from './principalPerson';

// A profile or an obituary goes back to the one it is about between the paragraphs given to others: after a paragraph
// on a waiter ("he said"), "What next? She is writing a book" is the chef the story is about, not the critic of two
// paragraphs before. So a he/she opening a paragraph's narration, when the paragraph before named no one of its gender,
// is the principal person when they have it. Only one the text calls by surname, as news does (fiction calls its
// people by given name, and its paragraphs are turns of talk).

/**
 * The principal person for the he/she/his/her at item `at`, when it is the first mention of its paragraph, no quotation
 * comes before it there, and the mentions of the paragraph before (`read`, in text order up to it) hold no one of its
 * gender. Null otherwise, or when the principal is of another gender.
 */
export function paragraphPrincipal(items: readonly Item[], table: PeopleTable, read: readonly PersonMention[], at: number, principal: PersonRecord | null): PersonRecord | null {
  const gender = PRONOUN_GENDER.get(items[at].lower);
  if (!principal || !gender || table.gender(principal) !== gender || !calledBySurname(principal)) return null;
  const paragraph = items[at].paragraph;
  for (let k = at - 1; k >= 0 && items[k].paragraph === paragraph; k--) if (items[k].kind === 'quote') return null;
  for (let k = read.length - 1; k >= 0; k--) {
    const m = read[k];
    const p = items[m.item].paragraph;
    if (p === paragraph) return null;
    if (p < paragraph - 1) break;
    if (genderOf(items, table, m) === gender) return null;
  }
  return principal;
}

/** The gender of a mention: its he/she, else its person's. */
function genderOf(items: readonly Item[], table: PeopleTable, m: PersonMention): Gender | null {
  return PRONOUN_GENDER.get(items[m.item].lower) ?? table.gender(m.person);
}
