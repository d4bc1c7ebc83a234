import { phraseAfter, type Clause } from './clauses';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS, isVerbModifier } from './lexicon';
import { isWord, quotationsAlone, type Item } from './narration';

// News reports a speaker's words before quoting them: "The trainer said the horse had never been in better form.
// ‘He’d never been better.’" A quotation opening its sentence with no clause of its own, right after a sentence of
// narration whose subject is a described person reporting speech, is that person's: the description is read as the
// quotation's clause would be ("the trainer" for the one the text just named). A named or he/she subject is the
// narration's, which names it already.
// So news does across paragraphs: "Ellery said she had hung up and reported the call." then a paragraph of quotation
// alone, "“They were very nice when I got through.”", goes on with the one whose words the paragraph before reported.

const FIRST_PERSON = /^(?:i|we)$/;

/** How many items back the sentence before a quotation is sought. */
const SENTENCE_REACH = 60;

/** The described subject of a speech verb opening the narration sentence just before quotation item `qi`, if any. */
export function reportingSubjectBefore(items: readonly Item[], qi: number): Clause | null {
  const before = items[qi - 1];
  if (!before || before.kind === 'quote' || before.sentence === items[qi].sentence || before.paragraph !== items[qi].paragraph) return null;
  const subject = reportingSubjectOf(items, qi - 1);
  return subject?.kind === 'phrase' ? subject : null;
}

/**
 * The subject of a speech verb opening the last sentence of the paragraph of narration alone before a paragraph of
 * quotation alone opening at item `qi`, if any: a name, a he/she or a description. Not an "I" or a "we": a narrator's
 * own words told so ("I protested that I heard nothing.") are answered by the one they spoke to.
 */
export function reportingParagraphBefore(items: readonly Item[], qi: number): Clause | null {
  const before = items[qi - 1];
  if (!before || before.kind === 'quote' || before.paragraph !== items[qi].paragraph - 1) return null;
  if (!quotationsAlone(items, qi)) return null;
  for (let k = qi - 1; k >= 0 && items[k].paragraph === before.paragraph; k--) if (items[k].kind === 'quote') return null;
  const subject = reportingSubjectOf(items, qi - 1);
  return subject && !FIRST_PERSON.test(items[subject.first].lower) ? subject : null;
}

/** The subject of a (not weak) speech verb opening the sentence, of narration alone, that ends at item `end`. */
function reportingSubjectOf(items: readonly Item[], end: number): Clause | null {
  const before = items[end];
  let start = end;
  while (start > 0 && end - start < SENTENCE_REACH && items[start - 1].sentence === before.sentence && items[start - 1].paragraph === before.paragraph) start--;
  for (let k = start; k <= end; k++) if (items[k].kind === 'quote') return null;
  const subject = phraseAfter(items, start);
  if (!subject) return null;
  let verb = subject.last + 1;
  // "The health secretary, Wes Carter, said …": a name in apposition closes with its comma before the verb.
  if (items[verb]?.text === ',' && items[subject.first - 1]?.text === ',' && subject.first > start) verb++;
  while (isWord(items[verb]) && verb <= end && isVerbModifier(items[verb].lower)) verb++;
  const it = items[verb];
  return isWord(it) && verb <= end && SPEECH_VERBS.has(it.lower) && !WEAK_SPEECH_VERBS.has(it.lower) ? { ...subject, cue: it.text } : null;
}
