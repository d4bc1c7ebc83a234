import { isWord, type Item } from './narration';

// News says when it will not name a source ("who spoke on condition of anonymity", "who asked not to be named"): the
// one described so is no one the text names soon after, however soon a newcomer is named in a speech clause.

const ANONYMOUS = /^(?:anonymity|anonymous|anonymously)$/;
const NAMING = /^(?:name|named|identified)$/;
const DENIALS = /^(?:not|declined|refused|without)$/;
/** How many words may stand between a denial and the naming it denies ("declined to give his name"). */
const DENIAL_REACH = 4;

/** The paragraphs whose narration says someone in them is not named. */
export function paragraphsWithholdingNames(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (isWord(it) && (ANONYMOUS.test(it.lower) || (NAMING.test(it.lower) && denied(items, k)))) found.add(it.paragraph);
  }
  return found;
}

/** Whether a denial ("not", "declined") stands a few words before the naming word at `k`, in its sentence. */
function denied(items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - DENIAL_REACH && isWord(items[j]) && items[j].sentence === items[k].sentence; j--) if (DENIALS.test(items[j].lower)) return true;
  return false;
}
