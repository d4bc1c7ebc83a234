import { isWord, type Item } from './narration';

// Court reports give counsel their side, not a role noun: "Prosecuting, Amelia Strand KC told the jury", "Owen Vance,
// prosecuting, said", "Amelia Strand, for the prosecution,". The text then calls them "the prosecutor".

/** The words that name the prosecuting side, after "for the" ("for the prosecution", "for the Crown"). */
const PROSECUTION = /^(?:prosecution|crown)$/;

/** "prosecutor" when the name at items [first, last] is given the prosecuting side, else null. */
export function roleOfCourtSide(items: readonly Item[], first: number, last: number): string | null {
  // "Prosecuting, Amelia Strand KC told …": the participle opens the sentence.
  const opener = items[first - 2];
  const opens = isWord(opener) && opener.lower === 'prosecuting' && items[first - 1]?.text === ',' && items[first - 3]?.sentence !== opener.sentence;
  if (opens) return 'prosecutor';
  if (items[last + 1]?.text !== ',') return null;
  // "Owen Vance, prosecuting, said"; "Amelia Strand, for the prosecution, said".
  const after = items[last + 2];
  if (isWord(after) && after.lower === 'prosecuting' && items[last + 3]?.text === ',') return 'prosecutor';
  const side = items[last + 4];
  return after?.lower === 'for' && items[last + 3]?.lower === 'the' && isWord(side) && PROSECUTION.test(side.lower) ? 'prosecutor' : null;
}
