import { phraseAfter, type Clause } from './clauses';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS, isVerbModifier } from './lexicon';
import { isWord, type Item } from './narration';

// News reports a speaker's words before quoting them: "The trainer said the horse had never been in better form.
// ‘He’d never been better.’" A quotation opening its sentence with no clause of its own, right after a sentence of
// narration whose subject is a described person reporting speech, is that person's: the description is read as the
// quotation's clause would be ("the trainer" for the one the text just named). A named or he/she subject is the
// narration's, which names it already.

/** How many items back the sentence before a quotation is sought. */
const SENTENCE_REACH = 60;

/** The described subject of a speech verb opening the narration sentence just before quotation item `qi`, if any. */
export function reportingSubjectBefore(items: readonly Item[], qi: number): Clause | null {
  const end = qi - 1;
  const before = items[end];
  if (!before || before.kind === 'quote' || before.sentence === items[qi].sentence || before.paragraph !== items[qi].paragraph) return null;
  let start = end;
  while (start > 0 && end - start < SENTENCE_REACH && items[start - 1].sentence === before.sentence && items[start - 1].paragraph === before.paragraph) start--;
  for (let k = start; k <= end; k++) if (items[k].kind === 'quote') return null;
  const subject = phraseAfter(items, start);
  if (subject?.kind !== 'phrase') return null;
  let verb = subject.last + 1;
  while (isWord(items[verb]) && verb <= end && isVerbModifier(items[verb].lower)) verb++;
  const it = items[verb];
  return isWord(it) && verb <= end && SPEECH_VERBS.has(it.lower) && !WEAK_SPEECH_VERBS.has(it.lower) ? { ...subject, cue: it.text } : null;
}
