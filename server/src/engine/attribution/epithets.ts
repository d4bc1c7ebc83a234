import { isWord, type Item } from './narration';

// Where people have no surname, a name takes a patronymic or an epithet in its place: "Brannoch son of Ail",
// "Grumbold the Unwashed". Written after a one-word name where the text brings the person in, it is part of their
// full name, the fullest the text gives them; the clause's bare "Brannoch" is the same person.

/** "son of", "daughter of": a patronymic's kin noun. */
const PATRONYMIC_NOUNS = /^(?:son|daughter)$/;

/**
 * The patronymic ("son of Ail") or epithet ("the Unwashed") written right after the one-word name ending at item
 * `last`, in the same sentence: a capitalised word ends it, and the epithet is one word, not the start of a longer
 * name ("Brannoch the River Lord" is no epithet of one word).
 */
export function epithetAfter(items: readonly Item[], last: number): string | null {
  const [a, b, c, d] = [items[last + 1], items[last + 2], items[last + 3], items[last + 4]];
  if (!isWord(a) || !isWord(b) || a.sentence !== items[last].sentence || b.sentence !== a.sentence) return null;
  const endsHere = (it: Item | undefined) => !isWord(it) || !it.capital;
  if (PATRONYMIC_NOUNS.test(a.text) && b.text === 'of' && isWord(c) && c.capital && c.sentence === a.sentence && endsHere(d)) return `${a.text} of ${c.text}`;
  if (a.text === 'the' && b.capital && endsHere(c)) return `the ${b.text}`;
  return null;
}
