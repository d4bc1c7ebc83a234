import type { Span, Utterance } from '../types';
import { trimSpan } from '../text/paragraphs';
import { SPEAKER_NAME, TIMESTAMP, colonLines } from './turns';

// A story or an article may print a group chat or a text thread as it shows on a phone: one message a line, after
// its sender's handle ("priya.r: did u see", "@dunmore_fc: …", "[21:04] Priya: …", "Mum: where are you"). Each
// message is a turn of its sender. A line is read so only inside a log: lines of that shape in a row, with no more
// than blank lines between them, and at least two senders, as a chat has and a prose line opening "note: …" has not.
// A sender a log has shown is a sender wherever a line of the text opens with their handle.

/** The last word of a handle as apps show it: an emoji a user put after their name ("leo 🐸"). */
const EMOJI = String.raw`(?:[ \t]*[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{M}]*)`;

/**
 * A handle: "@dunmore_fc"; a lower-case user name, with an initial after it or not ("priya.r", "ava", "sammy w");
 * a user name of any case with a dot, an underscore or a digit in it ("JakeP99", "Leo.A"); an emoji after any. Never
 * a letter alone or with a digit, a list's "q:" or "Q3:".
 */
const HANDLE = String.raw`(?:@[\p{L}\p{N}._]+|\p{Ll}[\p{Ll}\p{N}._-]+(?:[ \t][\p{Ll}\p{N}]{1,2}(?![\p{L}\p{N}]))?|\p{L}{2,}[\p{L}\p{N}]*[._\d][\p{L}\p{N}._]*)${EMOJI}*`;

/** How a phone shows its owner's side and the family it holds under a kin word: "Me:", "Mum:", "Dad ❤️:". */
const OWN_OR_KIN = String.raw`(?:Me|Mum|Mom|Mam|Mummy|Mommy|Dad|Daddy|Nan|Nana|Gran|Granny|Grandma|Grandad|Grandpa)${EMOJI}*`;

/**
 * "[21:04] Priya:", "Priya [21:04]:", "priya.r (9:41 pm):": a sender and the time a message came, in brackets, as apps
 * show it; a live blog's bare "14:05 Update:" is an entry's heading.
 */
const TIME = String.raw`[\[(]${TIMESTAMP}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]`;
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:(${TIME})[ \t]+)?(${HANDLE}|${OWN_OR_KIN}|(${SPEAKER_NAME}))(?:[ \t]+(${TIME}))?[ \t]*:[ \t]+(?=\S)`,
  'u',
);

const TRAILING_EMOJI = new RegExp(`${EMOJI}+$`, 'u');

/** How far into a line its label may reach. */
const LABEL_REACH = 60;

export interface LogLine {
  readonly line: Span;
  /** The label with its time and colon: what is masked. */
  readonly label: Span;
  readonly sender: string;
}

/**
 * The line's sender and label, when it opens as a message does. A capitalised name with no time is a label only in a
 * log other lines show to be one (`plain`): "Grizzlies: Shot 11 of 37" on its own is a box score's note.
 */
function logLine(text: string, line: Span): (LogLine & { plain: boolean }) | null {
  const m = LABEL.exec(text.slice(line.start, Math.min(line.end, line.start + LABEL_REACH)));
  if (!m) return null;
  const timed = m[1] !== undefined || m[4] !== undefined;
  // The sender without the emoji after their name: "Dad ❤️" is Dad.
  const sender = m[2].replace(TRAILING_EMOJI, '').trim();
  return { line, label: { start: line.start, end: line.start + m[0].length }, sender, plain: m[3] !== undefined && !timed };
}

/** The lines of a text that are messages in a log, in order. */
export function messageLogs(text: string): LogLine[] {
  const lines: (LogLine & { plain: boolean })[] = [];
  for (const { start, end, colon } of colonLines(text)) {
    const labelled = colon - start <= LABEL_REACH ? logLine(text, { start, end }) : null;
    if (labelled) lines.push(labelled);
  }
  const senders = new Set<string>();
  const inLog = new Set<LogLine>();
  for (let i = 0; i < lines.length; ) {
    // A run: labelled lines with only blank lines between them.
    let j = i + 1;
    while (j < lines.length && !/\S/.test(text.slice(lines[j - 1].line.end, lines[j].line.start))) j++;
    const run = lines.slice(i, j);
    const marked = run.filter((l) => !l.plain);
    if (marked.length > 0 && new Set(run.map((l) => l.sender)).size >= 2) {
      for (const l of run) {
        inLog.add(l);
        senders.add(l.sender);
      }
    }
    i = j;
  }
  return lines.filter((l) => inLog.has(l) || (!l.plain && senders.has(l.sender))).map(({ line, label, sender }) => ({ line, label, sender }));
}

/** Each message of a log as an utterance of its sender: one a line, as a chat shows them, never joined. */
export function messageUtterances(masked: string, lines: readonly LogLine[]): Utterance[] {
  const utterances: Utterance[] = [];
  for (const l of lines) {
    const span = trimSpan(masked, { start: l.label.end, end: l.line.end });
    if (span.end > span.start) utterances.push({ span, speaker: l.sender, timestamp: null });
  }
  return utterances;
}
