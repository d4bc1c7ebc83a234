import { DETERMINERS, type Gender } from './lexicon';
import type { Item } from './narration';

// "A reporter asked her at the farewell what she would do next, and she was brief": a him or her that is the object
// of someone's own sentence is someone else (themselves would be "herself"), so the she going on is that other one.

/** Words after which a "her" is an object, not a possessive ("asked her at", "told her that", "thanked her,"). */
const AFTER_OBJECT = new Set(['at', 'to', 'about', 'for', 'in', 'on', 'from', 'with', 'by', 'after', 'before', 'that', 'what', 'why', 'how', 'whether', 'if', 'when', 'where', 'who', 'again', 'once']);

/** Words that open a clause of its own, whose him or her may be the subject's ("because his team had not authorised him"). */
const CLAUSE_OPENERS = new Set(['because', 'who', 'whom', 'whose', 'which', 'that', 'when', 'while', 'after', 'before', 'as', 'if', 'since', 'until', 'although', 'though', 'and', 'but']);

/** How many items past the subject its sentence is read for an object pronoun. */
const REACH = 40;

/**
 * Whether the clause of the subject ending at item `subject` (an aside between commas after it left out) has a him
 * (for `gender` m) or an object her (f) before item `before`: someone of that gender other than the subject.
 */
export function objectOfGenderAfter(items: readonly Item[], subject: number, before: number, gender: Gender): boolean {
  const sentence = items[subject].sentence;
  let i = subject + 1;
  if (items[i]?.text === ',') {
    i++;
    while (i < before && i <= subject + REACH && items[i].sentence === sentence && items[i].text !== ',') i++;
    i++;
  }
  for (; i < before && i <= subject + REACH && items[i].sentence === sentence; i++) {
    const w = items[i];
    if (w.text === ',' || CLAUSE_OPENERS.has(w.lower)) return false;
    if (w.kind !== 'word') continue;
    if (gender === 'm' && w.lower === 'him') return true;
    if (gender === 'f' && w.lower === 'her') {
      const next = items[i + 1];
      if (!next || next.kind !== 'word' || AFTER_OBJECT.has(next.lower) || DETERMINERS.has(next.lower)) return true;
    }
  }
  return false;
}
