// Words whose change turns what was said into something else: numbers and negations.
const NEGATIONS = new Set([
  'not', 'no', 'never', 'cannot', 'nothing', 'none', 'nobody', 'nowhere', 'neither', 'nor', 'without', 'hardly',
]);
const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half',
  'dozen', 'first', 'second', 'third', 'once', 'twice', 'percent',
]);

/** True for a normalised word that carries a number or a negation ("28", "four", "not", "don't", "cannot"). */
export function carriesMeaning(norm: string): boolean {
  return /\p{N}/u.test(norm) || norm.endsWith("n't") || NEGATIONS.has(norm) || NUMBER_WORDS.has(norm);
}
