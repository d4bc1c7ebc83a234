import type { Attribution, Quotation, Utterance } from '../types';
import { tieOf } from './kinship';
import { PRONOUN_GENDER, SPEECH_VERBS, roleGender } from './lexicon';

// Quotations inside a transcript turn: "Minister, in March you said, "No island will lose its ferry."" quotes the
// one the turn speaks to; "I said the service would continue" is the turn's own speaker.

/**
 * "you said, ", "I told them then: ", "you once promised that ", "I said to her, ": a first- or second-person speech
 * clause ending right before a quotation.
 */
const PERSON_CLAUSE = /\b(I|we|you)\s+(?:\p{L}+ly\s+|once\s+|also\s+|then\s+)?(\p{Ll}+)(?:\s+(?:us|them|me|him|her|the\s+\p{Ll}+|to\s+(?:us|them|me|him|her|the\s+\p{Ll}+)|then|once|again|\p{Ll}+ly)){0,2}(?:\s+that)?\s*[,:]?\s*$/u;

/**
 * A clause further back that still leads to the quotation: "what I told our store managers in March: " (its colon
 * sets the words out as what was told) and "you said the mission was " (a report whose verb the quoted words
 * complete). Nothing ends a sentence between; of two such subjects ("I will say what I told"), the nearer.
 */
const REPORTING_CLAUSE = /^([^]*)\b(I|we|you)\s+(?:\p{L}+ly\s+|once\s+|also\s+|then\s+)?(\p{Ll}+)\s+[^.!?:;"“”]{0,60}?(?::|\s(?:was|is|were|are|(?:would|will) be|(?:had|has) been))\s*$/u;

/** How far before a quotation its clause is sought. */
const REACH = 80;

/**
 * The attributions of quotations standing inside turns whose words credit them to "I" (the turn's speaker) or "you"
 * (the other party of the exchange: the speaker of the turn that answers, else of the turn before). `speakerOf` names
 * an utterance's speaker as the text's people know them.
 */
export function turnQuotationAttributions(
  text: string, quotations: readonly Quotation[], utterances: readonly Utterance[], speakerOf: (u: Utterance) => string,
): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  if (utterances.length === 0) return found;
  let u = 0;
  for (const [index, q] of quotations.entries()) {
    if (q.depth !== 0) continue;
    while (u < utterances.length && utterances[u].span.end < q.outer.end) u++;
    const turn = utterances[u];
    if (!turn || turn.span.start > q.outer.start) continue;
    const from = Math.max(turn.span.start, q.outer.start - REACH);
    const m = clauseBefore(text.slice(from, q.outer.start));
    if (!m) {
      const kin = relativeClauseBefore(text.slice(from, q.outer.start));
      if (kin) found.set(index, { speaker: kin.relative, mention: { span: { start: from + kin.at, end: from + kin.at + kin.pronoun.length }, text: kin.pronoun }, cue: kin.verb });
      continue;
    }
    const own = speakerOf(turn);
    const speaker = m.subject === 'you' ? otherParty(utterances, u, own, speakerOf) : own;
    if (!speaker) continue;
    const start = from + m.at;
    found.set(index, { speaker, mention: { span: { start, end: start + m.subject.length }, text: m.subject }, cue: m.verb });
  }
  return found;
}

/** The speech clause of I, we or you leading to a quotation from `before`, the words before it: where, whose, which verb. */
function clauseBefore(before: string): { at: number; subject: string; verb: string } | null {
  const m = PERSON_CLAUSE.exec(before);
  if (m && SPEECH_VERBS.has(m[2])) return { at: m.index, subject: m[1], verb: m[2] };
  const r = REPORTING_CLAUSE.exec(before);
  return r && SPEECH_VERBS.has(r[3]) ? { at: r[1].length, subject: r[2], verb: r[3] } : null;
}

/** The other party of the exchange around turn `u`: who answers it, else whom it answers. */
function otherParty(utterances: readonly Utterance[], u: number, own: string, speakerOf: (u: Utterance) => string): string | null {
  for (const k of [u + 1, u - 1]) {
    const other = utterances[k] && speakerOf(utterances[k]);
    if (other && other !== own) return other;
  }
  return null;
}

/**
 * "Then I rang my mum, and she said, " or "My dad came in and he said: ": a he/she speech clause whose own sentence
 * the turn opened on the speaker's relative of that sex; the turn has no narration to name them, so the relative is
 * as the speaker calls them ("my mum").
 */
const RELATIVE_CLAUSE = /\b([Mm]y\s+(\p{Ll}+))\b[^.!?:;"“”]{0,60}?\b(he|she)\s+(?:\p{L}+ly\s+|then\s+|just\s+)?(\p{Ll}+)(?:\s+(?:to\s+)?(?:me|us))?\s*[,:]?\s*$/u;

/** The relative a he/she clause leading to a quotation stands for (see RELATIVE_CLAUSE), where its pronoun is, and its verb. */
function relativeClauseBefore(before: string): { relative: string; at: number; pronoun: string; verb: string } | null {
  const m = RELATIVE_CLAUSE.exec(before);
  if (!m || !SPEECH_VERBS.has(m[4])) return null;
  const sex = roleGender(m[2]) ?? tieOf(m[2])?.[1];
  if (!sex || sex !== PRONOUN_GENDER.get(m[3])) return null;
  return { relative: m[1].toLowerCase(), at: m.index + m[0].lastIndexOf(m[3], m[0].length - m[4].length), pronoun: m[3], verb: m[4] };
}
