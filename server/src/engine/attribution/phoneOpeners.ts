// A call or a radio message opens with who is speaking, since the hearer cannot see them: "This is Odette Marsh,
// master of the Gannet", "Hello, it's Lorraine here", "Marchbank speaking." Those words name their own speaker. "This
// is X" also introduces someone else ("This is Keith, from Finance. He's just sitting in."), so it names the speaker
// only when "here", "speaking" or "calling" follows, or on a line the narration just brought up (a phone, a radio,
// a recording) with the words going on with "I" or "we" before any he or she.

/** A greeting a caller may open with before naming themselves: "Hello,", "Hi.", "Yes, good morning,". */
const GREETING = String.raw`(?:(?:Hello|Hullo|Hallo|Hi|Hey|Yes|Yeah|Oh|[Gg]ood\s+(?:morning|afternoon|evening)|Morning|Evening)[,.!?]*\s+)*`;

/** A name as a caller gives it, with a title or rank or none: "Captain Adaeze Okoro", "Mrs. Hollis", "Lorraine". */
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})`;

/** "Marchbank speaking", "It's Lorraine here", "This is Petra calling": a name only the speaker gives so. */
const SELF_ONLY = new RegExp(
  String.raw`^\s*${GREETING}(?:(?:[Tt]his\s+is|[Ii]t['’]s|[Ii]t\s+is)\s+${NAME}\s+(?:here|speaking|calling)|${NAME}\s+speaking(?=\s*[,.!?—–-]))\b`,
  'u',
);

/** "This is Odette Marsh": a name, then what the words go on with. */
const THIS_IS = new RegExp(String.raw`^\s*${GREETING}[Tt]his\s+is\s+${NAME}(?=[\s,.!—–-]|$)`, 'u');

const FIRST_PERSON = /\b(?:I|we)\b/i;
const THIRD_PERSON = /\b(?:he|she|his|her|him)\b/i;

/** Words of narration that bring up a voice heard over a line rather than seen. */
const LINE_WORDS = /\b(?:(?:tele)?phone[ds]?|mobile|receiver|handset|rang|ringing|caller|the line|radio(?:ed)?|transmitter|transmission|recording|recorded|voicemail|answerphone|intercom|beacon|static|loudspeaker|speakerphone|comms|channel|frequency|hailed)\b/i;

/** How far before a quotation the narration is read for a line. */
const LINE_REACH = 400;

/** Whether the narration just before `at` brings up a phone, a radio or a recording. */
export function heardOnTheLine(original: string, at: number): boolean {
  return LINE_WORDS.test(original.slice(Math.max(0, at - LINE_REACH), at));
}

/** Whether words open as a caller names themself, "This is X": only they need `heardOnTheLine`. */
export function opensAsCaller(words: string): boolean {
  return THIS_IS.test(words);
}

/**
 * The name a quotation's opening words give as its speaker's, as a caller gives it, or null; "This is X" only
 * `onTheLine` (see `heardOnTheLine`).
 */
export function openerName(words: string, onTheLine: boolean): string | null {
  const self = SELF_ONLY.exec(words);
  if (self) return (self[1] ?? self[2]).trim();
  const m = onTheLine ? THIS_IS.exec(words) : null;
  if (!m) return null;
  const rest = words.slice(m.index + m[0].length);
  const first = FIRST_PERSON.exec(rest);
  const third = THIRD_PERSON.exec(rest);
  return first && (!third || first.index < third.index) ? m[1].trim() : null;
}
