import { isDocumentOrBody } from './bodies';
import { isKnownPersonNoun, isPersonNoun, unnamedInFull } from './clauses';
import { BODY_NOUNS, DETERMINERS, GENERIC_PERSON_NOUNS, PHRASE_STOPS, sameRole, withLowerDeterminer } from './lexicon';
import { inOpening } from './ledes';
import { normalizeWord } from './names';
import { reportsSpeech } from './newsDescriptions';
import { isWord, type Item } from './narration';
import { isCapitalised, isRoleNoun, type PeopleTable } from './people';
import { lastBefore, wordPositions } from './wordPositions';

// News brings an unnamed source in once, by a description ("a senior diplomat from one of the larger members",
// "Montrevia’s embassy in Vesna"), and tags their words after by its head noun alone: "the diplomat said", "the
// embassy wrote". English gives a newcomer "a" (or an owner's name) and the same one, after, "the": the tag is the
// description that brought that noun in, however far back, when no named person holds the role.

/** How many words may stand between a description's determiner and its noun ("a senior Saravinian security official"). */
const MODIFIER_WORDS = 5;

const POSSESSIVE = /[’']s$/u;

/**
 * The description that brought in the unnamed source the definite tag [first, last] calls by its role noun ("the
 * diplomat", "the senior diplomat"): the nearest earlier "a …", "one …" or "<Name>’s …" phrase headed by that noun,
 * holding the tag's adjective if it has one, past earlier definite tags of it, brought in speaking; in full, without
 * a clause withholding a name. Null when a named person holds the role, or when the nearest phrase of that noun is
 * another's ("his lawyer"), a named body's, someone named in apposition or a stranger who did not speak.
 */
export function introducedSource(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  const found = unheldIntroduction(items, table, first, last, isRoleNoun);
  // A source is brought in speaking ("said a senior diplomat", "a Western diplomat, who …, said", "according to an
  // official"); a stranger a story's narration shows ("a parish surgeon who did such matters by contract") is called
  // by the tag itself.
  return found && broughtInSpeaking(items, found.opener, found.end) ? asWritten(original, items, found) : null;
}

/**
 * In news, the description that brought in the unnamed source the definite tag [first, last] calls by its noun,
 * whatever the sentence did with them: a report shows a passer-by ("a hospital porter walking in for his shift stopped
 * to shake hands") and quotes them next by the noun ("the porter said"), yet the one it quotes is the one it
 * described. Fiction's narration calls such a stranger by the tag itself, so the caller asks only of a text that cues
 * every turn, as a report does.
 */
export function shownSource(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  // The tag speaks, so any noun of a person will do ("the porter" is no role a name may hold), not a paper's.
  const found = unheldIntroduction(items, table, first, last, (w) => isPersonNoun(w) && !isDocumentOrBody(w));
  return found && asWritten(original, items, found);
}

/** The introducing phrase of the tag [first, last]'s noun, one `isSource` accepts, when no named person holds it. */
function unheldIntroduction(items: readonly Item[], table: PeopleTable, first: number, last: number, isSource: (w: string) => boolean): Phrase | null {
  const head = normalizeWord(items[last].lower);
  if (!isSource(head) || GENERIC_PERSON_NOUNS.has(head) || [head, ...sameRole(head)].some((r) => table.antecedent(first, null, r, null, true))) return null;
  return introducingPhrase(items, first, last);
}

/**
 * The body the definite tag [first, last] calls by its noun ("the embassy") when no organisation's name holds it:
 * the description that brought the noun in, "Montrevia’s embassy in Vesna".
 */
export function introducedBody(original: string, items: readonly Item[], first: number, last: number): string | null {
  if (!BODY_NOUNS.has(normalizeWord(items[last].lower))) return null;
  const found = introducingPhrase(items, first, last);
  return found && asWritten(original, items, found);
}

/** A phrase as the text wrote it, its determiner in lower case. */
const asWritten = (original: string, items: readonly Item[], p: Phrase) => withLowerDeterminer(original.slice(items[p.opener].start, items[p.end].end));

/** The introducing phrase [opener, end] of the tag [first, last]'s noun, as `introducedSource` describes it. */
function introducingPhrase(items: readonly Item[], first: number, last: number): Phrase | null {
  if (items[first].lower !== 'the' || last - first > 2) return null;
  const adjective = last - first === 2 ? items[first + 1].lower : null;
  const at = wordPositions(items).get(normalizeWord(items[last].lower)) ?? [];
  const walks = walksOf(items);
  // Each earlier mention of the noun is read once per adjective: a tag repeated down a long text walks back past
  // the tags before it, whose walks are already known.
  const passed: string[] = [];
  let found: Phrase | null = null;
  for (let i = lastBefore(at, first); i >= 0; i--) {
    const key = `${at[i]} ${adjective ?? ''}`;
    const known = walks.get(key);
    if (known !== undefined) {
      found = known;
      break;
    }
    passed.push(key);
    const read = readMention(items, at[i], adjective);
    if (read !== PASS) {
      found = read;
      break;
    }
  }
  for (const key of passed) walks.set(key, found);
  return found;
}

type Phrase = { opener: number; end: number };
const PASS = Symbol('pass');

/** What the noun at item `k` says of a tag's source: its introducing phrase, none (null), or to look further back. */
function readMention(items: readonly Item[], k: number, adjective: string | null): Phrase | null | typeof PASS {
  const it = items[k];
  if (POSSESSIVE.test(it.text)) return PASS;
  // "an embassy spokesman": the noun qualifies another.
  if (isWord(items[k + 1]) && items[k + 1].sentence === it.sentence && !PHRASE_STOPS.has(items[k + 1].lower) && isKnownPersonNoun(items[k + 1].lower)) return PASS;
  // "the Montrevian Embassy": a body's name, which the rules for names follow.
  if (it.capital && k > 0 && isCapitalised(items[k - 1])) return null;
  const opener = determinerBefore(items, k);
  if (opener === null) return null;
  if (adjective && !items.slice(opener + 1, k).some((w) => w.lower === adjective)) return null;
  if (items[opener].lower === 'the') return PASS;
  // "… after a prosecutor told a jury": the story names its opening's unnamed further down (ledes.ts).
  if (inOpening(items, opener)) return null;
  const end = POSSESSIVE.test(items[opener].text) ? placedEnd(items, k) : unnamedInFull(items, opener, k);
  // "a deputy governor of Ostan province, Rafiq Sultanov,": someone named.
  return items[end + 1]?.text === ',' && isCapitalised(items[end + 2]) ? null : { opener, end };
}

const walks = new WeakMap<readonly Item[], Map<string, Phrase | null>>();

function walksOf(items: readonly Item[]): Map<string, Phrase | null> {
  let found = walks.get(items);
  if (!found) walks.set(items, (found = new Map()));
  return found;
}

/**
 * The item opening the phrase whose noun is item `k`: "a", "an", "one" or "the", or a capitalised owner's name
 * ("Montrevia’s"), past a few modifiers; null for any other opening ("his", "another", none).
 */
function determinerBefore(items: readonly Item[], k: number): number | null {
  for (let j = k - 1; j >= 0 && j >= k - 1 - MODIFIER_WORDS && isWord(items[j]) && items[j].sentence === items[k].sentence; j--) {
    const w = items[j].lower;
    if (/^(?:a|an|one|the)$/.test(w)) return j;
    if (POSSESSIVE.test(items[j].text)) return isCapitalised(items[j]) ? j : null;
    if (DETERMINERS.has(w) || PHRASE_STOPS.has(w)) return null;
  }
  return null;
}

/** Whether the description [opener, end] is brought in reporting speech: a speech verb's subject, or the source "according to" gives. */
function broughtInSpeaking(items: readonly Item[], opener: number, end: number): boolean {
  const according = items[opener - 2]?.lower === 'according' && items[opener - 1]?.lower === 'to';
  return according || reportsSpeech(items, opener) || reportsSpeech(items, end);
}

/** "Montrevia’s embassy in Vesna": a place named after the noun says which one it is. */
function placedEnd(items: readonly Item[], k: number): number {
  const next = items[k + 1];
  if (!isWord(next) || next.sentence !== items[k].sentence || !/^(?:in|at)$/.test(next.lower)) return k;
  let end = k + 1;
  while (isCapitalised(items[end + 1]) && items[end + 1].sentence === items[k].sentence) end++;
  return end > k + 1 ? end : k;
}
