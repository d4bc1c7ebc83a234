import { GENERIC_PERSON_NOUNS, IRREGULAR_PAST, KIN, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isRoleNoun } from './people';

/** How far back a he/she looks for a description: about a paragraph of narration. */
const REACH = 80;

/**
 * "The young lady looked at him. “…,” she said.": for a he/she that refers to no one the text names, the description
 * of that gender the narration last gave (a definite noun phrase with a person noun of that gender or of none, "the
 * visitor"), as written.
 */
export function describedBefore(items: readonly Item[], at: number, gender: Gender, original: string): string | null {
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    if (items[i].kind !== 'word' || items[i].lower !== 'the') continue;
    for (let j = i + 1; j <= i + 3 && j < at; j++) {
      const it = items[j];
      if (it.kind !== 'word' || it.capital || it.sentence !== items[i].sentence) break;
      const head = normalizeWord(it.lower);
      const g = roleGender(head);
      // A person noun of no gender ("the visitor", "the guide") serves when nothing contradicts the pronoun's.
      if (g === null && !GENERIC_PERSON_NOUNS.has(head) && !isRoleNoun(head)) continue;
      if ((g && g !== gender) || /['’]s$/u.test(it.text)) break;
      const text = original.slice(items[i].start, it.end).replace(/\s+/g, ' ');
      return text[0].toLowerCase() + text.slice(1);
    }
  }
  return null;
}

/** A description of someone: a definite phrase at item `i` headed by a person noun ("the surgeon", "the old doctor"). */
export interface Description {
  readonly text: string;
  readonly item: number;
  /** The head's item. */
  readonly last: number;
  readonly head: string;
}

/**
 * The description opening at item `i` ("The monthly nurse"), as written but lower-cased, of a gender that fits `gender`;
 * with `capitalModifiers`, also one a capitalised word qualifies ("the Brennock manager"); with `indefinite`, also one
 * a or an opens ("A porter").
 */
export function descriptionAt(items: readonly Item[], i: number, gender: Gender | null, original: string, capitalModifiers = false, indefinite = false): Description | null {
  if (items[i].kind !== 'word' || !(items[i].lower === 'the' || (indefinite && /^an?$/.test(items[i].lower)))) return null;
  for (let j = i + 1; j <= i + 3 && j < items.length; j++) {
    const it = items[j];
    // "The Inspector paused", "the Warden": a title written with its capital, alone after the article, is the head.
    const title = j === i + 1 && isCapitalRole(items, j);
    // "the Brennock manager": a capitalised modifier, when the caller allows one, is never the head.
    if (!title && capitalModifiers && it.kind === 'word' && it.capital && j < i + 3 && it.sentence === items[i].sentence && !/['’]s$/u.test(it.text)) continue;
    if (it.kind !== 'word' || (it.capital && !title) || it.sentence !== items[i].sentence || /['’]s$/u.test(it.text)) return null;
    const head = normalizeWord(it.lower);
    if (!isRoleNoun(head) && !GENERIC_PERSON_NOUNS.has(head) && !KIN.has(head)) continue;
    // "the chief executive", "the team doctor": a role noun after the first is the head.
    let last = j;
    while (isRoleNoun(normalizeWord(items[last + 1]?.lower ?? '')) && items[last + 1].kind === 'word' && !items[last + 1].capital && items[last + 1].sentence === it.sentence) last++;
    const g = roleGender(normalizeWord(items[last].lower));
    if (gender && g && g !== gender) return null;
    const text = original.slice(items[i].start, items[last].end).replace(/\s+/g, ' ');
    return { text: text[0].toLowerCase() + text.slice(1), item: i, last, head: normalizeWord(items[last].lower) };
  }
  return null;
}

/** Words that join a clause of its own on after a comma ("…, and the doctor assumed an air of gravity"). */
const CLAUSE_JOINS = /^(?:and|but)$/;
/** Words that may open a sentence ahead of its subject ("Then the doctor felt his pulse"). */
const SUBJECT_OPENERS = /^(?:then|but|and|so|now|presently|soon|suddenly|meanwhile|afterwards|again|finally)$/;

/** Whether item `i` opens its sentence, after a word like "then" or not, or a clause joined on after a comma. */
function opensClause(items: readonly Item[], i: number): boolean {
  const starts = (k: number) => k === 0 || items[k - 1].sentence !== items[k].sentence;
  if (starts(i) || (i > 0 && starts(i - 1) && SUBJECT_OPENERS.test(items[i - 1].lower))) return true;
  return CLAUSE_JOINS.test(items[i - 1].lower) && /^[,;]$/.test(items[i - 2]?.text ?? '');
}

/**
 * "The surgeon leaned over the body. “…,” he said.": the description opening a sentence of the paragraph before item
 * `at` ("Then the doctor felt …"), or a clause of it ("…, and the doctor assumed an air of gravity").
 */
export function describedSubjectBefore(items: readonly Item[], at: number, gender: Gender, original: string): Description | null {
  const paragraph = items[at].paragraph;
  const before = paragraphBefore(items, at);
  for (let i = at - 1; i >= 0 && i >= at - REACH && items[i].paragraph >= before; i--) {
    const opens = opensClause(items, i);
    const joined = !opens && CLAUSE_JOINS.test(items[i - 1]?.lower ?? '');
    const described = opens || joined ? descriptionAt(items, i, gender, original) : null;
    if (!described) continue;
    const verb = items[described.last + 1];
    // Across the paragraph break only one the narration brings into the scene: "the second housemaid came in".
    if (items[i].paragraph !== paragraph && !(verb?.kind === 'word' && ENTERING.test(verb.lower))) continue;
    // "the door opened and the second housemaid came in": with no comma before its "and", a description is a clause's
    // subject only when a verb in the past follows it, not a noun joined to another ("the vicar and the doctor").
    if (opens || pastVerbAt(verb)) return described;
  }
  return null;
}

/** Verbs that bring someone into a scene. */
const ENTERING = /^(?:came|entered|appeared|arrived|walked|stepped|hurried|strode|burst|bustled|emerged|returned)$/;

/**
 * The first paragraph a he/she at `at` looks back into: its own, or, when only its quotation stands before it there
 * ("“…,” she said" opening a paragraph), the paragraph of narration alone just before, which may bring the speaker in.
 */
function paragraphBefore(items: readonly Item[], at: number): number {
  const paragraph = items[at].paragraph;
  let k = at - 1;
  while (k >= 0 && items[k].paragraph === paragraph) if (items[k--].kind === 'word') return paragraph;
  for (; k >= 0 && items[k].paragraph === paragraph - 1; k--) if (items[k].kind === 'quote') return paragraph;
  return paragraph - 1;
}

/** Whether an item is a verb in the past: an irregular one ("came"), a regular one ("walked"), or "was"/"had". */
function pastVerbAt(it: Item | undefined): boolean {
  return !!it && it.kind === 'word' && !it.capital && (IRREGULAR_PAST.has(it.lower) || /^(?:was|were|had)$/.test(it.lower) || (it.lower.length >= 5 && /[^e]ed$/.test(it.lower)));
}

/** Whether item `j` is a role noun written as a title ("Inspector") with a lower-case word after it, not a name's part. */
function isCapitalRole(items: readonly Item[], j: number): boolean {
  const it = items[j];
  const next = items[j + 1];
  return it.kind === 'word' && it.capital && isRoleNoun(normalizeWord(it.lower)) && !(next?.kind === 'word' && next.capital && next.sentence === it.sentence);
}
