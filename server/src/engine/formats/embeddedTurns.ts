import type { ProseView, Span } from '../types';
import { plainTextParagraphs } from '../text/paragraphs';
import { Mask } from './mask';
import { messageLogs, messageUtterances } from './messageLogs';
import { ANSWER_LABEL, BRACKETED_NAME, QUESTION_LABEL, SPEAKER_NAME, type Turn, colonLines, labelSpeaker, utterancesOf } from './turns';

// An exchange printed inside a prose article ("QUIST: It was true then.", "PRESENTER (Signe Lunde): Minister, …"):
// a few speaker-labelled lines in a row among ordinary paragraphs. Each labelled line is a turn of its speaker; the
// rest of the article stays prose. A text whose lines are mostly turns is a transcript and read as one instead.

/**
 * "QUIST: words", "PRESENTER (Signe Lunde): words", "GREGORY HALE, BANK OF MERRIDEW: words": a label, the name it
 * stands for in brackets or the firm it speaks for after a comma, a colon, words.
 */
const LABEL = new RegExp(String.raw`^[ \t]*(${SPEAKER_NAME})(?:[ \t]*${BRACKETED_NAME}|,[ \t]*(${SPEAKER_NAME}))?[ \t]*:[ \t]+(?=\S)`, 'u');

/** "Mr Lyle", "Ms Farouk", "Dr. Osei": a title and a surname, as court and inquiry exchanges label their turns. */
const TITLED_LABEL = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Judge)\.?[ \t]+\p{Lu}[\p{L}'’-]+$/u;

/** How far into a line its label may reach. */
const LABEL_REACH = 120;

/** Labelled lines in a row, with no more than blank lines between them, that make an exchange. */
const MIN_TURNS = 2;

interface LabelledLine {
  readonly line: Span;
  readonly label: Span;
  readonly speaker: string;
  /** How the label names the speaker, to tell two speakers apart ("LUNDE" and "QUIST"). */
  readonly key: string;
}

function labelledLine(text: string, line: Span): LabelledLine | null {
  const m = LABEL.exec(text.slice(line.start, Math.min(line.end, line.start + LABEL_REACH)));
  if (!m) return null;
  const bracketed = m[2]?.trim();
  const label = m[1].trim();
  // The firm after a comma is in capitals like the name ("GREGORY HALE, BANK OF MERRIDEW"), never prose's "Well, then".
  const firm = m[3]?.trim();
  if (firm && (label !== label.toUpperCase() || firm !== firm.toUpperCase())) return null;
  // A label is a name in capitals ("QUIST", "PRESENTER"), a title and a surname ("Mr Lyle") or a role with the name in
  // brackets; a capitalised word and a colon in ordinary prose ("Update: the road is open") is none of them; an
  // interview's "Question:" is one too.
  const named = label === label.toUpperCase() || TITLED_LABEL.test(label);
  if (!bracketed && !named && !QUESTION_LABEL.test(label) && !ANSWER_LABEL.test(label)) return null;
  return { line, label: { start: line.start, end: line.start + m[0].length }, speaker: labelSpeaker(label, bracketed), key: label };
}

/** The labelled lines of a plain-text article that stand in exchanges: runs of MIN_TURNS or more with two speakers. */
export function embeddedTurns(text: string): LabelledLine[] {
  const found: LabelledLine[] = [];
  let run: LabelledLine[] = [];
  const flush = () => {
    if (run.length >= MIN_TURNS && new Set(run.map((l) => l.key)).size >= 2) found.push(...run);
    run = [];
  };
  for (const { start, end, colon } of colonLines(text)) {
    // A label opens with a capital or a digit (an ASCII lower-case letter or punctuation opens none).
    const c = text.charCodeAt(start);
    const opens = c >= 128 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 9;
    const labelled = opens && colon - start <= LABEL_REACH ? labelledLine(text, { start, end }) : null;
    if (labelled) {
      // A run goes on across blank lines only.
      const last = run[run.length - 1];
      if (last && /\S/.test(text.slice(last.line.end, start))) flush();
      run.push(labelled);
    }
  }
  flush();
  return found;
}

/**
 * Plain text with any exchange or message log inside it read as turns: the labels masked, every turn an utterance of
 * its speaker.
 */
export function plainTextView(text: string): ProseView {
  const lines = embeddedTurns(text);
  const exchanged = new Set(lines.map((l) => l.line.start));
  const messages = messageLogs(text).filter((l) => !exchanged.has(l.line.start));
  if (lines.length === 0 && messages.length === 0) return { original: text, text, format: 'plaintext', utterances: [], blocks: plainTextParagraphs(text) };
  const mask = new Mask(text);
  const turns: Turn[] = [];
  for (const l of lines) {
    mask.blank(l.label.start, l.label.end);
    turns.push({ span: { start: l.label.end, end: l.line.end }, speaker: l.speaker, timestamp: null });
  }
  for (const l of messages) mask.blank(l.label.start, l.label.end);
  const masked = mask.toString();
  // Each line is its own turn: two lines of one speaker in a row are joined as one utterance; a log's messages stay apart.
  const utterances = [...utterancesOf(masked, turns).utterances, ...messageUtterances(masked, messages)];
  if (messages.length > 0 && lines.length > 0) utterances.sort((a, b) => a.span.start - b.span.start);
  return { original: text, text: masked, format: 'plaintext', utterances, blocks: plainTextParagraphs(masked) };
}
