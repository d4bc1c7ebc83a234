import type { ProseView, Span } from '../types';
import { linesOf, plainTextParagraphs } from '../text/paragraphs';
import { Mask } from './mask';
import { SPEAKER_NAME, type Turn, utterancesOf } from './turns';

// An exchange printed inside a prose article ("QUIST: It was true then.", "PRESENTER (Signe Lunde): Minister, …"):
// a few speaker-labelled lines in a row among ordinary paragraphs. Each labelled line is a turn of its speaker; the
// rest of the article stays prose. A text whose lines are mostly turns is a transcript and read as one instead.

/** "QUIST: words", "PRESENTER (Signe Lunde): words": a label, the name it stands for in brackets, a colon, words. */
const LABEL = new RegExp(String.raw`^[ \t]*(${SPEAKER_NAME})(?:[ \t]*\((${SPEAKER_NAME})\))?[ \t]*:[ \t]+(?=\S)`, 'u');

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
  // A label is a name in capitals ("QUIST", "PRESENTER") or a role with the name in brackets; a capitalised word and
  // a colon in ordinary prose ("Update: the road is open") is neither.
  if (!bracketed && label !== label.toUpperCase()) return null;
  return { line, label: { start: line.start, end: line.start + m[0].length }, speaker: bracketed ?? label, key: label };
}

/** The labelled lines of a plain-text article that stand in exchanges: runs of MIN_TURNS or more with two speakers. */
export function embeddedTurns(text: string): LabelledLine[] {
  if (text.indexOf(':') < 0) return [];
  const found: LabelledLine[] = [];
  let run: LabelledLine[] = [];
  const flush = () => {
    if (run.length >= MIN_TURNS && new Set(run.map((l) => l.key)).size >= 2) found.push(...run);
    run = [];
  };
  let colon = text.indexOf(':');
  for (const line of linesOf(text)) {
    // Only a line with a colon can be labelled, and only its opening words are matched: prose costs one scan.
    if (colon < line.start) colon = text.indexOf(':', line.start) >>> 0; // -1 becomes 2^32 - 1: past every line
    const labelled = colon < line.end ? labelledLine(text, line) : null;
    if (labelled) run.push(labelled);
    else if (line.end > line.start && /\S/.test(text.slice(line.start, line.end))) flush();
  }
  flush();
  return found;
}

/** Plain text with any exchange inside it read as turns: the labels masked, every turn an utterance of its speaker. */
export function plainTextView(text: string): ProseView {
  const lines = embeddedTurns(text);
  if (lines.length === 0) return { original: text, text, format: 'plaintext', utterances: [], blocks: plainTextParagraphs(text) };
  const mask = new Mask(text);
  const turns: Turn[] = [];
  for (const l of lines) {
    mask.blank(l.label.start, l.label.end);
    turns.push({ span: { start: l.label.end, end: l.line.end }, speaker: l.speaker, timestamp: null });
  }
  const masked = mask.toString();
  // Each line is its own turn: two lines of one speaker in a row are joined as one utterance.
  return { original: text, text: masked, format: 'plaintext', utterances: utterancesOf(masked, turns).utterances, blocks: plainTextParagraphs(masked) };
}
