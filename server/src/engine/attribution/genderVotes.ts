import { isWord, type Item } from './narration';
import { roleGender } from './lexicon';

// A he/she/his/her in the sentence of the one person mentioned shows that person's gender, except where grammar says
// it is someone else's: the owner of a relation apposed to the name ("Her assistant, Lior Ben-David,", "Frank
// Halloway, who would become her husband"), or an object inside the clause the name is subject of ("Ben-David, who
// trained under her,"). A feature's sentences of one named person and the other person's pronouns are common.

/** How many words may stand between a possessive and the name its phrase is apposed to, or a name and its "who". */
const APPOSITION_WORDS = 4;

/** Whether the pronoun at item `i` is grammatically not the person mentioned at item `named` of its sentence. */
export function pronounIsNotNamed(items: readonly Item[], i: number, named: number): boolean {
  const lower = items[i].lower;
  if (/^(?:his|her|their)$/.test(lower) && possessiveApposed(items, i, named)) return true;
  if (/^(?:his|her)$/.test(lower) && describedOwner(items, i, named)) return true;
  return /^(?:him|her|them)$/.test(lower) && (objectInWhoClause(items, i, named) || objectOfOpeningSubject(items, i, named));
}

/** How many words may stand between a described person and a possessive that is theirs. */
const OWNER_WORDS = 8;

/**
 * "Tait said the man found in his car had not been identified": a his/her after a described person of its gender
 * ("the man", "a woman") that came between the name and it is, as English reads a possessive, the nearer one's.
 */
function describedOwner(items: readonly Item[], i: number, named: number): boolean {
  if (named >= i) return false;
  const g = items[i].lower === 'his' ? 'm' : 'f';
  for (let k = i - 1; k > named && k >= i - OWNER_WORDS; k--) {
    const w = items[k];
    if (!isWord(w) || w.sentence !== items[i].sentence) return false;
    if (w.capital || roleGender(w.lower) !== g) continue;
    if (/^(?:the|a|an)$/.test(items[k - 1]?.lower ?? '') || /^(?:the|a|an)$/.test(items[k - 2]?.lower ?? '')) return true;
  }
  return false;
}

/** How many words a name opening its sentence may stand before a verb's object pronoun in its own predicates. */
const PREDICATE_WORDS = 15;
/** Words before a him/her that make it a preposition's object, which may be the subject itself ("took it with her"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'about above across after against along among around at before behind below beside between beyond by for from in inside into near of off on onto over past round through to toward towards under upon with within without'.split(' '),
);

/**
 * "Rennison toured with her in the 1970s and remembered her as exacting": a verb's object pronoun in the predicates of a
 * name opening its sentence is not that name (a non-reflexive object is never its own clause's subject). The predicates
 * run on through "and" and any words but a clause's opener or another subject; a preposition's object may be the
 * subject ("she took the dog with her") and says nothing.
 */
function objectOfOpeningSubject(items: readonly Item[], i: number, named: number): boolean {
  if (named >= i || items[named - 1]?.sentence === items[named].sentence) return false;
  if (items[i].lower === 'her' && isWord(items[i + 1]) && !items[i + 1].capital && !OBJECT_FOLLOWERS.has(items[i + 1].lower)) return false;
  const verb = items[i - 1];
  if (!isWord(verb) || verb.capital || PREPOSITIONS.has(verb.lower) || CLAUSE_OPENERS.has(verb.lower)) return false;
  let k = named + 1;
  while (isWord(items[k]) && items[k].capital) k++;
  if (i - k > PREDICATE_WORDS) return false;
  for (; k < i - 1; k++) {
    const w = items[k];
    if (!isWord(w) || w.capital || SUBJECTS.has(w.lower)) return false;
    // "and remembered her": a predicate joined by "and", whose next word is no subject or determiner of one.
    if (w.lower === 'and' ? DETERMINERS.has(items[k + 1]?.lower ?? '') : CLAUSE_OPENERS.has(w.lower) && w.lower !== 'with' && w.lower !== 'to') return false;
  }
  return true;
}

const SUBJECTS: ReadonlySet<string> = new Set('he she they it i we you who which that'.split(' '));
const DETERMINERS: ReadonlySet<string> = new Set('the a an his her their its this that these those he she they it i we you'.split(' '));

/**
 * "Her assistant, Lior Ben-David," / "Lior Ben-David, her assistant," / "Halloway, who would become her husband":
 * the possessive's phrase is the name's appositive or its predicate, so the owner is someone else.
 */
function possessiveApposed(items: readonly Item[], i: number, named: number): boolean {
  // Forward: the possessive's few lower-case words, a comma, then the name.
  let k = i + 1;
  while (k < i + 1 + APPOSITION_WORDS && isWord(items[k]) && !items[k].capital) k++;
  if (k > i + 1 && items[k]?.text === ',' && k + 1 === named) return true;
  // Backward: after the name and a comma, or in a "who" clause of the name ("who became her", "who is now her").
  if (named >= i) return false;
  if (items[i - 1]?.text === ',' && i - 2 <= named + APPOSITION_WORDS && items[named].sentence === items[i].sentence && namedEndsAt(items, named, i - 2)) return true;
  const who = whoAfter(items, named);
  return who >= 0 && who < i && noCommaBetween(items, who, i);
}

/**
 * "Ben-David, who trained under her at Central,", "Tallow hands her a tray": an object pronoun inside the name's own
 * "who" clause, or right after the verb the name is subject of.
 */
function objectInWhoClause(items: readonly Item[], i: number, named: number): boolean {
  if (items[i].lower === 'her' && isWord(items[i + 1]) && !items[i + 1].capital && !OBJECT_FOLLOWERS.has(items[i + 1].lower)) return false;
  const who = whoAfter(items, named);
  if (who >= 0 && who < i && noCommaBetween(items, who, i)) return true;
  let end = named;
  while (isWord(items[end + 1]) && items[end + 1].capital) end++;
  return i === end + 2 && isWord(items[end + 1]) && !CLAUSE_OPENERS.has(items[end + 1].lower) && !/['’]s$/.test(items[end].text);
}

/** Words after an object "her" that show it is no possessive ("under her at Central", "hands her a tray"). */
const OBJECT_FOLLOWERS: ReadonlySet<string> = new Set(
  'at in on for to from with by as and but or when while since until after before that than about into through during a an the this some'.split(' '),
);

/** Words between a name and a pronoun that open another clause or phrase, where the pronoun may be the name's own. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('and or but says said thinks thought that who whose as with to'.split(' '));

/** The item of "who" opening an aside right after the name at `named` ("Ben-David, who …"), or -1. */
function whoAfter(items: readonly Item[], named: number): number {
  let k = named + 1;
  while (isWord(items[k]) && items[k].capital && k <= named + 3) k++;
  return items[k]?.text === ',' && items[k + 1]?.lower === 'who' ? k + 1 : -1;
}

/** Whether the name at `named` runs (capitalised words) up to item `end`. */
function namedEndsAt(items: readonly Item[], named: number, end: number): boolean {
  for (let k = named; k <= end; k++) if (!isWord(items[k]) || !items[k].capital) return false;
  return end >= named;
}

function noCommaBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (items[k].text === ',' || items[k].kind === 'quote' || items[k].sentence !== items[to].sentence) return false;
  return true;
}
