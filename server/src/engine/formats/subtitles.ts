import type { ProseView, Span } from '../types';
import { linesOf } from '../text/paragraphs';
import { Mask } from './mask';
import { SPEAKER_NAME, TIMESTAMP, type Turn, utterancesOf } from './turns';

// WebVTT and SRT: cues of a timing line and the words. The speaker comes from a <v Name> voice tag or a "Name:" prefix,
// and goes on into later cues until a line marks a new speaker ("- " or ">>"). Headers, NOTE/STYLE/REGION blocks, cue
// ids, timing lines and tags become spaces; the cue's start time is the utterance's timestamp.

const TIMING = new RegExp(String.raw`^\s*(${TIMESTAMP})\s*-->`);
const HEADER_BLOCK = /^\s*(?:WEBVTT|NOTE|STYLE|REGION)\b/;
const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>\n]*)>/y;
const TAG = /<\/?[A-Za-z0-9_.:\-]*(?:[ \t][^>\n]*)?>|\{\\[^}\n]*\}/y;
const ENTITY = /&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/y;
const ENTITY_CHARS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NEW_SPEAKER = /^[ \t]*(?:-|>>)[ \t]*/;
const NAME_PREFIX = new RegExp(String.raw`^[ \t]*(${SPEAKER_NAME})[ \t]*:[ \t]+(?=\S)`, 'u');

interface Block {
  readonly start: number;
  readonly lines: Span[];
}

export function subtitlesView(text: string): ProseView {
  const mask = new Mask(text);
  const turns: Turn[] = [];
  let speaker: string | null = null;
  for (const block of blocksOf(text)) {
    const first = text.slice(block.lines[0].start, block.lines[0].end);
    const timing = block.lines.findIndex((line) => TIMING.test(text.slice(line.start, line.end)));
    if (HEADER_BLOCK.test(first) && timing < 0) {
      mask.blank(block.start, block.lines[block.lines.length - 1].end);
      continue;
    }
    if (timing < 0) {
      speaker = null;
      turns.push({ span: { start: block.start, end: block.lines[block.lines.length - 1].end }, speaker: null, timestamp: null });
      continue;
    }
    const timestamp = TIMING.exec(text.slice(block.lines[timing].start, block.lines[timing].end))![1];
    mask.blank(block.start, block.lines[timing].end);
    for (const line of block.lines.slice(timing + 1)) {
      const { start, label } = readLine(text, mask, line);
      if (label !== undefined) speaker = label;
      const previous = turns[turns.length - 1];
      if (label === undefined && previous?.timestamp === timestamp) {
        turns[turns.length - 1] = { ...previous, span: { start: previous.span.start, end: line.end } };
      } else {
        turns.push({ span: { start, end: line.end }, speaker, timestamp });
      }
    }
  }
  const masked = mask.toString();
  return { original: text, text: masked, format: 'vtt', ...utterancesOf(masked, turns) };
}

/** Blanks a cue line's tags and speaker label; returns where its words start and the speaker it names, if any. */
function readLine(text: string, mask: Mask, line: Span): { start: number; label?: string | null } {
  let label: string | null | undefined;
  let start = line.start;
  const dash = NEW_SPEAKER.exec(text.slice(line.start, line.end));
  if (dash !== null) {
    mask.blank(line.start, line.start + dash[0].length);
    start += dash[0].length;
    label = null;
  }
  const prefix = NAME_PREFIX.exec(text.slice(start, line.end));
  if (prefix !== null) {
    mask.blank(start, start + prefix[0].length);
    label = prefix[1].trim();
    start += prefix[0].length;
  }
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (c !== '<' && c !== '{' && c !== '&') continue;
    for (const pattern of [VOICE, TAG, ENTITY]) {
      pattern.lastIndex = i;
      const m = pattern.exec(text);
      if (m === null || m.index + m[0].length > line.end) continue;
      mask.blank(i, i + m[0].length);
      if (pattern === VOICE) {
        label = m[1].trim();
        if (i <= start) start = i + m[0].length;
      }
      if (pattern === ENTITY && ENTITY_CHARS[m[1]]) mask.write(i, ENTITY_CHARS[m[1]]);
      i += m[0].length - 1;
      break;
    }
  }
  return { start, label };
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: Span[] = [];
  for (const line of linesOf(text)) {
    if (text.slice(line.start, line.end).trim() === '') {
      if (lines.length > 0) blocks.push({ start: lines[0].start, lines });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) blocks.push({ start: lines[0].start, lines });
  return blocks;
}
