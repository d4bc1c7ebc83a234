import { ORGANISATION_WORDS } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { surelyPerson } from './organisations';
import type { PeopleTable } from './people';

// "Gerald Amery was finance chief of Alder Vale Health Partners … Alder Vale said": news names an organisation in
// full once, then by its first words. A speaker given by those words is the organisation, named in full.

/** The text's names of three words or more that end on an organisation's word ("… Health Partners", "Pryor Build Ltd"). */
export function organisationNames(original: string, items: readonly Item[], table: PeopleTable): string[] {
  const names = new Set<string>();
  for (const run of table.nameRuns()) {
    if (run[1] >= run[0] + 2 && ORGANISATION_WORDS.has(normalizeWord(items[run[1]].lower))) names.add(original.slice(items[run[0]].start, items[run[1]].end));
  }
  return [...names];
}

/**
 * A place's words, which end many a firm's name short of its full one ("Cobalt Bridge" of Cobalt Bridge Sports
 * Partners, "Silver Lake"), unlike a body's own noun ("Oxford University" is not Oxford University Press).
 */
const PLACE_WORDS = /^(?:street|river|road|park|square|island|lake|valley|bay|coast|avenue|bridge|tower|castle|heights|gardens)$/;

/**
 * The one organisation's name (of `names`) that a speaker's name of two words or more opens, when the speaker is no
 * organisation's name already (it ends on no organisation's word but a place's) and no one the text shows to be a person.
 */
export function fullBodyName(names: readonly string[], table: PeopleTable, speaker: string | null): string | null {
  if (!speaker || names.length === 0) return null;
  const words = speaker.split(/\s+/);
  const last = normalizeWord(words[words.length - 1].toLowerCase());
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || (ORGANISATION_WORDS.has(last) && !PLACE_WORDS.test(last))) return null;
  const person = table.personNamed(speaker);
  if (person && !table.organisations.has(person) && (surelyPerson(person) || table.gender(person) !== null)) return null;
  const longer = names.filter((n) => n.startsWith(`${speaker} `));
  return longer.length === 1 ? longer[0] : null;
}
