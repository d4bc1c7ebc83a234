import { clauseBefore, type Clause } from './clauses';
import { SPEECH_VERBS, isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';

// Told speech in dialect or retelling splits words with an incise that repeats their speaker: "Hosea says, ‘Not a
// dime,’ he says, ‘and there was gold …’". The he/she of the incise is the subject of the clause that opened the
// words, and both halves are that subject's.

/** The he/she of the incise ("he says", "she says to me") that alone stands between quotation items `a` and `b`, or -1. */
function inciseBetween(items: readonly Item[], a: number, b: number): number {
  let k = a + 1;
  if (items[k]?.text === ',') k++;
  const pronoun = k;
  if (!isWord(items[k]) || !/^(?:he|she)$/.test(items[k].lower)) return -1;
  k++;
  while (isWord(items[k]) && isVerbModifier(items[k].lower)) k++;
  if (!isWord(items[k]) || !SPEECH_VERBS.has(items[k].lower)) return -1;
  k++;
  if (items[k]?.lower === 'to' && /^(?:me|him|her|us|them)$/.test(items[k + 1]?.lower ?? '')) k += 2;
  if (items[k]?.text === ',') k++;
  return k === b && items[b].kind === 'quote' ? pronoun : -1;
}

/**
 * The clause opening split words the quotation at item `qi` is a half of: for the first half, the clause before it
 * when an incise follows it and another quotation that; for the second, that of the first half. Null when the
 * quotation is no half of such words, or no clause opened them.
 */
export function splitOpener(items: readonly Item[], qi: number): Clause | null {
  let first = -1;
  for (let k = qi + 1; k < items.length && k <= qi + 8; k++) {
    if (items[k].kind === 'quote') {
      if (inciseBetween(items, qi, k) >= 0) first = qi;
      break;
    }
  }
  if (first < 0) {
    for (let k = qi - 1; k >= 0 && k >= qi - 8; k--) {
      if (items[k].kind === 'quote') {
        if (inciseBetween(items, k, qi) >= 0) first = k;
        break;
      }
    }
  }
  if (first < 0) return null;
  const opener = clauseBefore(items, first);
  return opener && opener.last < first && items[opener.last].sentence === items[first].sentence ? opener : null;
}
