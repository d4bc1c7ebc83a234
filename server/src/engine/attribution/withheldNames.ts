import { isPersonNoun, unnamedInFull } from './clauses';
import { isWord, type Item } from './narration';

// News says when it will not name a source ("who spoke on condition of anonymity", "who asked not to be named"): the
// one described so is no one the text names soon after, however soon a newcomer is named in a speech clause.

const ANONYMOUS = /^(?:anonymity|anonymous|anonymously)$/;
// "who was not authorised to speak publicly": a source who may not speak on the record is not named either.
const NAMING = /^(?:name|named|identified|authori[sz]ed)$/;
const DENIALS = /^(?:not|declined|refused|without)$/;
/** How many words may stand between a denial and the naming it denies ("did not want to give his name"). */
const DENIAL_REACH = 5;

/** Whether word `k` says a name is kept back: "anonymity", or a naming word a denial governs ("not to be named"). */
function withholdingWord(items: readonly Item[], k: number): boolean {
  return ANONYMOUS.test(items[k].lower) || (NAMING.test(items[k].lower) && denied(items, k));
}

/** The paragraphs whose narration says someone in them is not named. */
export function paragraphsWithholdingNames(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (isWord(it) && withholdingWord(items, k)) found.add(it.paragraph);
  }
  return found;
}

/** Whether a denial ("not", "declined") stands a few words before the naming word at `k`, in its sentence. */
function denied(items: readonly Item[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - DENIAL_REACH && isWord(items[j]) && items[j].sentence === items[k].sentence; j--) if (DENIALS.test(items[j].lower)) return true;
  return false;
}

/** How many words a definite description's ties may take before the clause withholding the name. */
const TIE_WORDS = 12;

/**
 * The last item of an unnamed speaker's description [first, last] in full: an indefinite one's ("a midwife who worked
 * at the unit"), or a definite one's that a clause withholding the name follows, up to that clause ("The landlord of
 * one of the brewer’s tied pubs, who asked not to be named, said": the landlord of one of the brewer’s tied pubs).
 */
export function withheldInFull(items: readonly Item[], first: number, last: number): number {
  if (items[first].lower !== 'the' || !isPersonNoun(items[last].lower)) return unnamedInFull(items, first, last);
  let comma = last + 1;
  while (comma <= last + TIE_WORDS && isWord(items[comma]) && items[comma].sentence === items[last].sentence) comma++;
  return comma > last + 1 && withholdsName(items, comma) ? comma - 1 : last;
}

/** Whether the ", who …" clause opening at the comma `comma` withholds its person's name ("who asked not to be named"). */
export function withholdsName(items: readonly Item[], comma: number): boolean {
  if (items[comma]?.text !== ',' || items[comma + 1]?.lower !== 'who') return false;
  for (let k = comma + 2; k < items.length && isWord(items[k]) && items[k].sentence === items[comma].sentence; k++) {
    if (withholdingWord(items, k)) return true;
  }
  return false;
}

/**
 * Whether the aside opening at the comma `comma` withholds a name, a relative clause or a participle's: "who asked not
 * to be named", "speaking on condition of anonymity".
 */
export function asideWithholdsName(items: readonly Item[], comma: number): boolean {
  if (items[comma]?.text !== ',') return false;
  for (let k = comma + 1; k < items.length && isWord(items[k]) && items[k].text !== ',' && items[k].sentence === items[comma].sentence; k++) {
    if (withholdingWord(items, k)) return true;
  }
  return false;
}
