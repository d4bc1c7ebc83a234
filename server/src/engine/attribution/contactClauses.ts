import { isWord, sentenceStart, type Item } from './narration';

// "One hand lay outside the blanket, and the rings she had refused to take off were loose now.": a he/she right after
// "the" and a noun opens a relative clause with no "that"; the sentence is about the rings, not about her. After an
// opening phrase of place or time ("At the door she stopped") it is the sentence's subject.

const DETERMINERS = /^(?:the|a|an|every|any|those|these)$/;
const OPENING_PREPOSITIONS = /^(?:at|in|on|by|from|to|into|under|over|after|before|behind|beside|across|through|inside|outside|near|with|without|for|during|along|round|around|up|down|halfway|past|beyond|within|throughout|upon|against|below|above|beneath|toward|towards|since|until|till)$/;

/** Whether the he/she at item `k` opens a relative clause on the noun just before it ("the rings she had refused"). */
export function opensContactClause(items: readonly Item[], k: number): boolean {
  const [noun, determiner] = [items[k - 1], items[k - 2]];
  if (!/^(?:he|she)$/.test(items[k].lower) || !isWord(noun) || noun.capital || !isWord(determiner) || !DETERMINERS.test(determiner.lower)) return false;
  if (noun.sentence !== items[k].sentence || !isWord(items[k + 1])) return false;
  return !OPENING_PREPOSITIONS.test(items[sentenceStart(items, k)].lower);
}
