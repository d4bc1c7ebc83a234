import { sentenceStart, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Brennan appointed the chief secretary, Imran Qadir, to replace her. Speaking outside, the new justice secretary
// promised …": "the new <role>" right after a sentence that appoints, names or elects someone is that person, in
// whatever words the role was given before (or none).

/** How many items back a sentence's start is sought. */
const REACH = 80;
const NEW = /^(?:new|incoming|newly)$/;
const APPOINTING = /^(?:appoint|appoints|appointed|appointing|name|names|named|naming|elect|elects|elected|choose|chooses|chose|chosen|hire|hires|hired|install|installs|installed|promote|promotes|promoted|select|selects|selected|pick|picks|picked|nominate|nominates|nominated)$/;
const PASSIVE = /^(?:was|were|is|are|been|be)$/;

/**
 * The person the sentence before the phrase [first, last] ("the new justice secretary") appoints: the first person
 * named after its verb of appointing, or the one named nearest before it when the verb is passive ("Qadir was
 * appointed"); null else.
 */
export function newAppointee(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  if (items[first].lower !== 'the' || !NEW.test(items[first + 1]?.lower ?? '') || last <= first + 1) return null;
  const start = sentenceStart(items, first, Math.max(0, first - REACH));
  if (start === 0 || items[start - 1].sentence === items[first].sentence) return null;
  const before = sentenceStart(items, start - 1, Math.max(0, start - 1 - REACH));
  const people = (from: number, to: number) =>
    table.mentionsWithin(from, to).filter((m) => !/['’]s$/.test(items[m.item].text) && !/^(?:his|her|him)$/.test(items[m.item].lower) && !table.organisations.has(m.person));
  for (let k = before; k < start; k++) {
    if (items[k].kind !== 'word' || !APPOINTING.test(items[k].lower)) continue;
    // The passive's subject is the one named nearest before it ("Anand was chosen"), the active's object the first after.
    const found = PASSIVE.test(items[k - 1]?.lower ?? '') ? people(before, k - 1).pop() : people(k + 1, start - 1)[0];
    return found?.person ?? null;
  }
  return null;
}
