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
 * The one organisation's name (of `names`) that a speaker's name of two words or more opens, when the speaker is no
 * organisation's name already (it ends on no organisation's word) and no one the text shows to be a person.
 */
export function fullBodyName(names: readonly string[], table: PeopleTable, speaker: string | null): string | null {
  if (!speaker || names.length === 0) return null;
  const words = speaker.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || ORGANISATION_WORDS.has(normalizeWord(words[words.length - 1].toLowerCase()))) return null;
  const person = table.personNamed(speaker);
  if (person && !table.organisations.has(person) && (surelyPerson(person) || table.gender(person) !== null)) return null;
  const longer = names.filter((n) => n.startsWith(`${speaker} `));
  return longer.length === 1 ? longer[0] : null;
}
