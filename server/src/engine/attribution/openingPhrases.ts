import { sentenceStart, type Item } from './narration';
import type { PersonMention, PersonRecord } from './people';

// "In a statement read to the court by Ms Farouk, she said …", "Asked about Tom Walsh, he said …", "To Nora she
// said": a person named as the object of a preposition in a phrase that opens the sentence is not the he or she that
// follows it as subject.
// (A possessive there may be: "In her statement, she", "In Farouk's statement, she".)

/**
 * Prepositions whose object, in an opening phrase, is someone other than the subject after it. Not "after", "before"
 * or "like", which also open clauses whose subject the he/she may be ("After Ms Amadi had read it, she said").
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'by to with about of from for at on in against toward towards beside alongside unlike without behind under'.split(' '),
);

/** Words that open such a phrase: a preposition, or a participle ("Asked", "Speaking"). */
const opensPhrase = (it: Item) => it.kind === 'word' && (PREPOSITIONS.has(it.lower) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(it.text));

/** How many items an opening phrase may hold. */
const REACH = 30;

/**
 * The person named last as a preposition's object in the phrase opening the sentence of the subject pronoun at item
 * `i`, when that phrase ends at the comma right before it. `read` holds the mentions before `i`, in text order.
 */
export function objectOfOpeningPhrase(items: readonly Item[], read: readonly PersonMention[], i: number): PersonRecord | null {
  if (items[i - 1]?.text !== ',') return objectOfBarePhrase(items, read, i);
  const start = sentenceStart(items, i - 1, Math.max(0, i - REACH));
  if (start === i - 1 || items[start - 1]?.sentence === items[start].sentence || !opensPhrase(items[start])) return null;
  // "Asked by the family's barrister, Jonah Pike, whether …, he replied": a passive participle's agent is the one who
  // asked; the subject it was put to answers.
  if (items[start + 1]?.lower === 'by' && /ed$/.test(items[start].lower)) {
    let agent: PersonRecord | null = null;
    for (let k = read.length - 1; k >= 0 && read[k].item > start + 1; k--) if (read[k].item < i && items[read[k].item].capital) agent = read[k].person;
    if (agent) return agent;
  }
  const apposed = apposedName(items, start, i - 1, (k) => read.some((m) => m.item === k));
  if (apposed === null) return null;
  for (let k = read.length - 1; k >= 0 && read[k].item > start; k--) {
    if (read[k].item === apposed) return read[k].person;
    const before = items[read[k].item - 1];
    if (read[k].item < i && before?.kind === 'word' && PREPOSITIONS.has(before.lower) && !/['’]s$/.test(items[read[k].item].text) && !ownerPronoun(items, read[k].item)) return read[k].person;
  }
  return null;
}

/** How many words a phrase opening a sentence with no comma after it may take ("In front of Mrs. Hale"). */
const BARE_REACH = 6;

/**
 * "To Nora she said quietly that …", "In front of Winterbourne he paused": the person a short phrase opening the
 * sentence names, with no comma, as a preposition's object right before the subject pronoun at item `i`.
 */
function objectOfBarePhrase(items: readonly Item[], read: readonly PersonMention[], i: number): PersonRecord | null {
  const start = sentenceStart(items, i - 1, Math.max(0, i - BARE_REACH - 1));
  if (start >= i - 1 || items[start - 1]?.sentence === items[start].sentence || !PREPOSITIONS.has(items[start].lower)) return null;
  const m = read[read.length - 1];
  if (!m || m.item <= start || !PREPOSITIONS.has(items[m.item - 1].lower)) return null;
  // The phrase's own words in lower case, then the name's words up to the pronoun.
  for (let k = start + 1; k < m.item; k++) if (items[k].kind !== 'word' || items[k].capital) return null;
  for (let k = m.item; k < i; k++) if (items[k].kind !== 'word' || !(items[k].capital || k === m.item)) return null;
  return m.person;
}

/**
 * "Asked whether he had spoken to his predecessor, he said": a his, its or their (or a her before its noun) after the
 * preposition is the owner of its object, not the object, and may well be the subject after the phrase.
 */
function ownerPronoun(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (/^(?:his|its|their)$/.test(it.lower)) return true;
  const next = items[k + 1];
  return it.lower === 'her' && next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !/^(?:and|or|but|that|if|whether|as|when|before|after)$/.test(next.lower);
}

/**
 * Inside an opening phrase [start, end) (end its closing comma): the item of a name set off by a comma after a noun
 * ("Under questioning from the family's solicitor, Hannah Greaves, he …"), -1 if none, or null when the phrase holds
 * any other comma or a quotation, and so is no single phrase.
 */
export function apposedName(items: readonly Item[], start: number, end: number, named: (k: number) => boolean): number | null {
  let apposed = -1;
  for (let k = start + 1; k < end; k++) {
    if (items[k].kind === 'quote') return null;
    if (items[k].text !== ',') continue;
    const noun = items[k - 1];
    if (apposed >= 0 || noun.kind !== 'word' || noun.capital || !named(k + 1)) return null;
    apposed = k + 1;
  }
  return apposed;
}
