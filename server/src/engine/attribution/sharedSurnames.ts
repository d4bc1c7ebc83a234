import { PRONOUN_GENDER } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// An obituary or a family story names several people of one surname: "Ottilie Brandvold … her son, Eirik Brandvold".
// A lone "Brandvold" then is whichever of them fits the he or she the text goes on with ("Brandvold was born in
// 1935 … She often said"), not simply the one named last.

/** How many items after a lone surname its he/she is sought (its sentence and the next, as a rule). */
const REACH = 40;

/** The gender of the first he/she/his/her after item `at`, within its sentence and the next. */
function nextPronounGender(items: readonly Item[], at: number): 'm' | 'f' | null {
  const sentence = items[at].sentence;
  for (let k = at + 1; k < items.length && k <= at + REACH && items[k].sentence <= sentence + 1; k++) {
    if (!isWord(items[k])) continue;
    const g = /^(?:he|she|his|her|him)$/.test(items[k].lower) ? PRONOUN_GENDER.get(items[k].lower) : undefined;
    if (g) return g;
  }
  return null;
}

/** Gives each lone shared surname to the one of its bearers, named before it, whose gender fits the pronoun after it. */
export function settleSharedSurnames(items: readonly Item[], table: PeopleTable): void {
  const firstMention = new Map<PersonRecord, number>();
  for (const m of table.mentions) if (!firstMention.has(m.person)) firstMention.set(m.person, m.item);
  for (const m of [...table.mentions]) {
    const surname = m.person.core[m.person.core.length - 1];
    const run = table.runAfter(m.item);
    if (m.person.core.length < 2 || !run || run[0] !== m.item || run[1] !== m.item || normalizeWord(items[m.item].text) !== normalizeWord(surname)) continue;
    const bearers = table.sharingAWord([surname])
      .filter((p) => p.core.length > 1 && p.core[p.core.length - 1] === surname && (firstMention.get(p) ?? Infinity) < m.item);
    if (bearers.length < 2) continue;
    const gender = nextPronounGender(items, m.item);
    if (!gender || table.gender(m.person) === gender) continue;
    // One of that gender, else the one whose gender the text has not shown ("Agathe Rondeau" beside her son).
    const fits = bearers.filter((p) => table.gender(p) === gender);
    const open = bearers.filter((p) => table.gender(p) === null);
    const fit = fits.length === 1 ? fits[0] : fits.length === 0 && open.length === 1 ? open[0] : null;
    if (fit && fit !== m.person) table.reassignMention(m.item, fit);
  }
}
