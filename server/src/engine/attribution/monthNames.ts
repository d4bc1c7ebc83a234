import { GIVEN_NAME_GENDER } from './givenNames';
import { isWord, type Item } from './narration';

// June, May, April and August are given names as well as months. Before a capitalised word, with no preposition or
// word of time to make it a date ("in June", "last May", "since April"), the month is the name's first word: "June
// Aldous came in", "said May Fenwick".

/** Words that make a month after them a time: "in June Aldous was …", "last May the Fenwicks …". */
const TIME_LEADS = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'of', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'during',
  'before', 'after', 'from', 'through', 'throughout', 'every', 'each', 'to', 'between', 'and', 'or',
]);

/** Whether the month at item `first`, opening the capitalised run to `last`, is a given name. */
export function isGivenMonth(items: readonly Item[], first: number, last: number): boolean {
  const [prev, it, next] = [items[first - 1], items[first], items[first + 1]];
  if (first >= last || !GIVEN_NAME_GENDER.has(it.lower) || !isWord(next) || !next.capital || next.text === 'I') return false;
  return !(isWord(prev) && prev.sentence === it.sentence && TIME_LEADS.has(prev.lower));
}
