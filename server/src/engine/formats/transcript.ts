import type { ProseView } from '../types';
import { linesOf } from '../text/paragraphs';
import { Mask } from './mask';
import { BRACKETED_NAME, SPEAKER_NAME, TIMESTAMP, type Turn, labelSpeaker, utterancesOf } from './turns';

// Interview transcripts: "PUTIN: words", "HOST (Name): words", "[00:01:02] Name: words", "Name (00:01:02): words", or a label line
// "Speaker 1 00:01:02" followed by the words. Unlabelled lines continue the turn above them; after a blank line they
// are narration. Labels and timestamps become spaces.

const INLINE_LABEL = new RegExp(
  String.raw`^[ \t]*(?:[\[(]?(${TIMESTAMP})[\])]?[ \t]+)?(${SPEAKER_NAME})(?:[ \t]*${BRACKETED_NAME})?[ \t]*(?:[\[(](${TIMESTAMP})[\])][ \t]*)?:[ \t]+(?=\S)`,
  'u',
);
const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[\[(]?(${TIMESTAMP})[\])]?[ \t]+)?(${SPEAKER_NAME})(?:[ \t]+[\[(]?(${TIMESTAMP})[\])]?[ \t]*|[ \t]*:[ \t]*)$`,
  'u',
);

interface Label {
  readonly speaker: string;
  readonly timestamp: string | null;
  /** Where the words start on the line, or null for a label on a line of its own. */
  readonly wordsStart: number | null;
}

function labelOf(line: string): Label | null {
  const inline = INLINE_LABEL.exec(line);
  if (inline !== null) {
    const speaker = labelSpeaker(inline[2].trim(), inline[3]?.trim());
    return { speaker, timestamp: inline[1] ?? inline[4] ?? null, wordsStart: inline[0].length };
  }
  const own = LABEL_LINE.exec(line);
  if (own !== null) {
    return { speaker: own[2].trim(), timestamp: own[1] ?? own[3] ?? null, wordsStart: null };
  }
  return null;
}

/**
 * Whether most lines of a text are speaker-labelled turns. Every label holds a colon (after the name, or in its
 * timestamp), so only lines with one are matched against the label patterns: prose without colons costs one scan.
 */
export function looksLikeTranscript(text: string): boolean {
  const firstColon = text.indexOf(':');
  if (firstColon === -1 || text.indexOf(':', firstColon + 1) === -1) return false; // fewer than the two labels needed
  let lines = 0;
  let labels = 0;
  let inTurn = 0;
  let turn = false;
  let colon = firstColon; // the first colon at or after the line's start
  for (const line of linesOf(text)) {
    if (isBlank(text, line.start, line.end)) continue;
    lines++;
    if (colon < line.start) colon = text.indexOf(':', line.start) >>> 0; // -1 becomes 2^32 - 1: past every line
    const label = colon < line.end ? labelOf(text.slice(line.start, line.end)) : null;
    if (label !== null) labels++;
    turn = label !== null || turn;
    if (turn) inTurn++;
  }
  return labels >= 2 && inTurn >= lines * 0.6 && labels >= lines * 0.2;
}

/** Whether text[start, end) is white space alone (what trim() would empty), deciding at the first other character. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITE_SPACE.test(text[i])) return false;
  }
  return true;
}

const WHITE_SPACE = /\s/;

export function transcriptView(text: string): ProseView {
  const mask = new Mask(text);
  const turns: Turn[] = [];
  let current: { speaker: string | null; timestamp: string | null; start: number; end: number } | null = null;
  let pending: Label | null = null;
  const close = () => {
    if (current !== null) turns.push({ span: { start: current.start, end: current.end }, speaker: current.speaker, timestamp: current.timestamp });
    current = null;
  };
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      close();
      continue;
    }
    const label = labelOf(content);
    if (label !== null) {
      close();
      if (label.wordsStart === null) {
        mask.blank(line.start, line.end);
        pending = label;
        continue;
      }
      mask.blank(line.start, line.start + label.wordsStart);
      current = { speaker: label.speaker, timestamp: label.timestamp, start: line.start + label.wordsStart, end: line.end };
      pending = null;
    } else if (current !== null) {
      current.end = line.end;
    } else {
      current = { speaker: pending?.speaker ?? null, timestamp: pending?.timestamp ?? null, start: line.start, end: line.end };
      pending = null;
    }
  }
  close();
  const masked = mask.toString();
  return { original: text, text: masked, format: 'transcript', ...utterancesOf(masked, turns) };
}
