import { inHeading } from './headings';
import { isKnownPersonNoun, isSpeechVerb, phraseAfter, subjectWithin, type Clause } from './clauses';
import { isWord, type Item } from './narration';
import { isFindingVerb } from './rulings';
import { lastCommaAt, sentenceEnd } from './sentenceEnds';

// A reporting clause may close the sentence it reports, set off by a comma: "The increase was “unavoidable” after two
// years of state budget cuts, Quist has said." Words quoted anywhere before that comma, with no clause of their own,
// are that clause's subject's, however long the sentence runs between them. A headline closes so too, its subject a
// bare role and its verb often one of finding: "Police ‘missed chances’ before mother’s murder, coroner finds".

/** How many words may follow the closing clause's verb in its sentence ("…, Quist said on Tuesday"). */
const AFTER_VERB = 3;

/** The clause closing the sentence of the quotation at item `q` after a comma, if it reports that sentence. */
export function closingClause(items: readonly Item[], q: number): Clause | null {
  const end = sentenceEnd(items, q);
  const comma = lastCommaAt(items, end - 1);
  if (comma <= q + 1) return null;
  // Another quotation or speech verb before the comma has the words in a clause of its own; another comma may close an
  // aside (", which owns shares in both, told") that is the quotation's own clause.
  for (let k = q + 1; k < comma; k++) if (items[k].kind === 'quote' || items[k].text === ',' || isSpeechVerb(items[k], false) || isFindingVerb(items[k].lower)) return null;
  let v = comma + 1;
  while (v < end && isWord(items[v]) && !isSpeechVerb(items[v], false) && !isFindingVerb(items[v].lower)) v++;
  if (v >= end || !isWord(items[v])) return null;
  // Nothing after the verb but a few words, none opening a clause it reports ("…, she said that …").
  const after = items.slice(v + 1, end).filter(isWord);
  if (after.length > AFTER_VERB || after.some((it) => it.lower === 'that' || isSpeechVerb(it, false))) return null;
  const cue = items[v].text;
  if (v === comma + 1) {
    const inverted = phraseAfter(items, v + 1, true);
    return inverted && { ...inverted, cue };
  }
  // A headline's bare role: "…, coroner finds".
  if (v === comma + 2 && inHeading(items, v) && !items[comma + 1].capital && isKnownPersonNoun(items[comma + 1].lower)) return { cue, first: comma + 1, last: comma + 1, kind: 'phrase' };
  const subject = subjectWithin(items, comma + 1, v);
  return subject && { ...subject, cue };
}
