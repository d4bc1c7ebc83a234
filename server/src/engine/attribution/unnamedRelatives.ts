import { PRONOUN_GENDER, type Gender } from './lexicon';
import { kinNounAfter, tieOf } from './kinship';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// "Adeyemi's widow, Grace Adeyemi, said the sentence was too short. His daughter was less forgiving. “…,” she said.":
// a relative the text never names, opening a sentence of the paragraph, speaks for the he/she after it (as "the
// surgeon" does in describedSubject), not the last person of that gender it named before.

/** How far back, within the paragraph, the sentence opening on a relative is sought. */
const REACH = 80;

/**
 * The kin phrase ("his daughter") opening a sentence of the paragraph before the he/she cue at item `at`, of its
 * gender, that names no one the table knows and after which no one of that gender is named; as written, lower-cased.
 */
export function unnamedRelativeBefore(items: readonly Item[], table: PeopleTable, at: number, gender: Gender, original: string): string | null {
  const paragraph = items[at].paragraph;
  for (let i = at - 1; i >= 0 && i >= at - REACH && items[i].paragraph === paragraph; i--) {
    if (i > 0 && items[i - 1].sentence === items[i].sentence) continue;
    if (!/^(?:his|her|their)$/.test(items[i].lower)) continue;
    const k = kinNounAfter(items, i);
    const tie = k < 0 ? undefined : tieOf(items[k].lower);
    if (!tie || (tie[1] && tie[1] !== gender) || table.mentionAt(k)) return null;
    const namedSince = table.mentionsWithin(k + 1, at - 1).some((m) => !PRONOUN_GENDER.has(items[m.item].lower) && (table.gender(m.person) ?? gender) === gender);
    if (namedSince) return null;
    const text = original.slice(items[i].start, items[k].end);
    return text[0].toLowerCase() + text.slice(1);
  }
  return null;
}
