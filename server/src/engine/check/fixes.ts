import { nameInStyleOf, samePerson } from '../attribution/names';
import type { SourceModel } from '../corpus/corpus';
import type { AttributedQuotation, DocumentAnalysis, Fix, Mention, Span } from '../types';
import { isQuoteChar } from '../quotes/marks';
import { isSpace, plainTextParagraphs } from '../text/paragraphs';
import { tokenize } from '../text/tokenize';
import { fileNameOf } from './sourceSpeaker';

/** Speech verbs that read well on their own in an inserted attribution; others ("told", "described … as") need more. */
const PLAIN_CUES = new Set(['said', 'says', 'wrote', 'writes', 'added', 'noted', 'argued', 'insisted', 'warned', 'explained', 'acknowledged']);

/** How to credit a source document with no speaker: its title, or failing that its file name. */
export function creditForSource(model: SourceModel): string {
  return model.meta.title ?? fileNameOf(model.doc.id);
}

/** Longest quotation syntax a LaTeX mark stands for (`\textquote{` and its kin). */
const LONGEST_LATEX_MARK = 16;

/**
 * The quotation's marks as the writer typed them. The LaTeX adapter turns ``` `` ``` or `\enquote{` into one mark and
 * blanks the rest, so there the written mark reaches over the blanked characters next to it. An unpaired mark typed
 * right against one of them (`"“the basis…”`) is part of it.
 */
export function writtenMarks(draft: DocumentAnalysis, quotation: AttributedQuotation): { open: Span; close: Span | null } {
  const { original, text, format } = draft.view;
  const blanked = (k: number): boolean => format === 'latex' && text[k] === ' ' && original[k] !== undefined && /\S/.test(original[k]);
  let start = quotation.outer.start;
  while (start > quotation.outer.start - LONGEST_LATEX_MARK && blanked(start - 1)) start--;
  const strayBefore = draft.strayMarks.find((m) => m.end === start);
  const open = { start: strayBefore ? writtenMark(draft, strayBefore).start : start, end: quotation.outer.start + quotation.openMark.length };
  if (!quotation.closeMark) return { open, close: null };
  let end = quotation.outer.end;
  while (end < quotation.outer.end + 1 && blanked(end)) end++;
  const strayAfter = draft.strayMarks.find((m) => m.start === end);
  return { open, close: { start: quotation.outer.end - quotation.closeMark.length, end: strayAfter ? writtenMark(draft, strayAfter).end : end } };
}

/**
 * Removes the quotation's marks: its own, those reopening it at each paragraph it runs over, and the unpaired ones
 * inside it (`"»The grant…"`). Once the words are narration, any mark left among them would open a new quotation.
 */
export function removeMarksFix(draft: DocumentAnalysis, quotation: AttributedQuotation): Fix {
  const { open, close } = writtenMarks(draft, quotation);
  const end = close?.start ?? quotation.outer.end;
  const inside = [...draft.strayMarks.filter((m) => m.start >= open.end && m.end <= end && m.start !== quotation.outer.start), ...continuationMarks(draft, quotation)]
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || all[i - 1].start !== m.start)
    .map((m) => writtenMark(draft, m));
  const edits = [open, ...inside, ...(close ? [close] : [])].map((span) => ({ span, newText: '' }));
  return { title: 'Remove the quotation marks', edits, preferred: false };
}

/** The marks that reopen a quotation at each new paragraph it runs over (the multi-paragraph convention). */
function continuationMarks(draft: DocumentAnalysis, quotation: AttributedQuotation): Span[] {
  const { text } = draft.view;
  const nested = new Set(draft.quotations.filter((q) => q.depth > quotation.depth).map((q) => q.outer.start));
  const marks: Span[] = [];
  for (const block of draft.view.blocks ?? plainTextParagraphs(text)) {
    if (block.start <= quotation.outer.start || block.start >= quotation.inner.end) continue;
    let at = block.start;
    while (at < block.end && isSpace(text.charCodeAt(at))) at++;
    if (isQuoteChar(text[at]) && !nested.has(at)) marks.push({ start: at, end: at + 1 });
  }
  return marks;
}

/** A mark as written: in LaTeX a `` or '' is one mark next to a blanked twin. */
function writtenMark(draft: DocumentAnalysis, mark: Span): Span {
  const { original, text, format } = draft.view;
  if (format !== 'latex') return mark;
  const twin = (k: number): boolean => text[k] === ' ' && original[k] === original[mark.start];
  return { start: twin(mark.start - 1) ? mark.start - 1 : mark.start, end: twin(mark.end) ? mark.end + 1 : mark.end };
}

export function creditSourceFix(draft: DocumentAnalysis, quotation: AttributedQuotation, credit: string): Fix {
  const at = writtenMarks(draft, quotation).close?.end ?? quotation.outer.end;
  return { title: `Credit the source: ${credit}`, edits: [{ span: { start: at, end: at }, newText: ` (${credit})` }], preferred: false };
}

/**
 * Renames a speaker mention to the source's speaker, written as the draft wrote the mention ("Putin" for "Zelensky"),
 * or in full when the draft would read that shorter form as someone else (its "Putin" is a "Vadimir Putin"). Null when
 * the mention already reads so.
 */
export function renameFix(draft: DocumentAnalysis, mention: Mention, speaker: string): Fix | null {
  const styled = nameInStyleOf(speaker, mention.text);
  const someoneElse = draft.people.some((p) => !samePerson(p.name, speaker) && [p.name, ...p.aliases].some((a) => samePerson(a, styled)));
  const name = someoneElse ? speaker : styled;
  return name === mention.text ? null : { title: `Credit ${name}`, edits: [{ span: mention.span, newText: name }], preferred: true };
}

const DOUBLE_MARK_OR_BREAK = /["“”„‟＂«»‹›「」『』\r\n]/;

/**
 * Rewrites a quotation's words to `wording` (the source's, as alignment restored them in the prose view). Only the
 * words that differ are written, each with the punctuation after it: the same words at the start and the end stay as
 * typed, and markup the adapter blanked among the changed ones (emphasis, a link's target) is kept.
 */
export function rewordFix(draft: DocumentAnalysis, quotation: AttributedQuotation, wording: string, title: string, preferred: boolean): Fix {
  const { original, text } = draft.view;
  const inner = quotation.inner;
  const mine = units(text.slice(inner.start, inner.end));
  const theirs = units(wording);
  let head = 0;
  while (head < mine.length && head < theirs.length && mine[head].key === theirs[head].key) head++;
  let tail = 0;
  while (tail < mine.length - head && tail < theirs.length - head && mine[mine.length - 1 - tail].key === theirs[theirs.length - 1 - tail].key) tail++;
  if (head === mine.length && head === theirs.length) return { title, edits: [{ span: inner, newText: wording }], preferred };
  const from = (list: Unit[], at: number, length: number) => (at < list.length ? list[at].start : length);
  const changed: { start: number; end: number } = { start: inner.start + from(mine, head, inner.end - inner.start), end: inner.start + from(mine, mine.length - tail, inner.end - inner.start) };
  let at = from(theirs, head, wording.length);
  // Words added at the very end come with the space before them (the quotation's last word has none after it).
  if (changed.start === inner.end) while (at > 0 && /\s/.test(wording[at - 1])) at--;
  const newText = wording.slice(at, from(theirs, theirs.length - tail, wording.length));
  // Where the change reaches over quotation marks or a line break (nested or reopened quotations), the alignment's
  // wording stands for the whole quotation: it decides which marks stay.
  if (DOUBLE_MARK_OR_BREAK.test(original.slice(changed.start, changed.end)) || DOUBLE_MARK_OR_BREAK.test(newText)) {
    return { title, edits: [{ span: inner, newText: wording }], preferred };
  }
  // Markup the adapter blanked and spaces stand as typed: the new words go where the first changed words stood.
  const kept = (k: number): boolean => text[k] !== original[k] || isSpace(original.charCodeAt(k));
  const pieces: Span[] = [];
  for (let k = changed.start; k < changed.end; ) {
    let j = k + 1;
    while (j < changed.end && kept(j) === kept(k)) j++;
    // Words apart only by spaces are one piece.
    const last = pieces[pieces.length - 1];
    if (!kept(k) && last && /^[ \t]*$/.test(original.slice(last.end, k))) pieces[pieces.length - 1] = { start: last.start, end: j };
    else if (!kept(k)) pieces.push({ start: k, end: j });
    k = j;
  }
  if (pieces.length === 0) return { title, edits: [{ span: { start: changed.start, end: changed.start }, newText }], preferred };
  // The new words' last space is the one already typed after the first piece (past any blanked markup), if any.
  let after = pieces[0].end;
  while (after < inner.end && text[after] !== original[after]) after++;
  const words = after === inner.end || isSpace(original.charCodeAt(after)) ? newText.trimEnd() : newText;
  const edits = pieces.map((span, i) => ({ span, newText: i === 0 ? words : '' }));
  // A word dropped takes one side's spaces with it: those after it, or at the end of the quotation those before it.
  const blank = (k: number) => original[k] === ' ' || original[k] === '\t';
  let floor = inner.start;
  for (const [i, { span, newText: words }] of edits.entries()) {
    if (words === '') {
      let { start, end } = span;
      while (end < inner.end && blank(end)) end++;
      if (end === span.end) while (start > floor && blank(start - 1)) start--;
      edits[i] = { span: { start, end }, newText: '' };
    }
    floor = edits[i].span.end;
  }
  return { title, edits, preferred };
}

interface Unit {
  readonly start: number;
  /** Its characters without white space: units compare so, since the view blanks markup to spaces. */
  readonly key: string;
}

/** A text cut into units: what stands before the first word, then each word with the punctuation and space after it. */
function units(words: string): Unit[] {
  const starts = tokenize(words).map((t) => t.start);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start, key: words.slice(start, starts[i + 1] ?? words.length).replace(/\s+/g, '') }));
}

/** Puts copied words in the draft's own quotation marks, crediting whoever the source gives them to. */
export function wrapInQuotesFix(draft: DocumentAnalysis, span: Span, credit: string): Fix {
  const [open, close] = draftMarks(draft);
  return {
    title: `Put in quotation marks and credit ${credit}`,
    edits: [
      { span: { start: span.start, end: span.start }, newText: open },
      { span: { start: span.end, end: span.end }, newText: `${close} (${credit})` },
    ],
    preferred: true,
  };
}

/**
 * Inserts an attribution fitted to the sentence: `Stanovaya wrote: "…"` when the quote opens the sentence,
 * `"…", Putin said` when it sits inside one. The name follows the draft's style: its surname if the draft names
 * the person already, the full name otherwise.
 */
export function attributionFix(draft: DocumentAnalysis, quotation: AttributedQuotation, speaker: string, cue: string | null): Fix {
  const known = draft.people.find((p) => samePerson(p.name, speaker, draft.people));
  const name = known ? shortestAlias(known.aliases.length ? known.aliases : [known.name], speaker) : speaker;
  const verb = cue && PLAIN_CUES.has(cue.toLowerCase()) ? pastTense(cue.toLowerCase()) : 'said';
  // A clause whose mention names nobody the draft knows ("…,” she said) gets the name in place of that mention.
  const mention = quotation.attribution.mention;
  if (mention) return { title: `Attribute to ${name}`, edits: [{ span: mention.span, newText: name }], preferred: true };
  // After an unclosed quotation the words would fall inside it (it runs to the paragraph's end): credit it up front.
  const marks = writtenMarks(draft, quotation);
  const edit = opensSentence(draft.view.text, quotation.outer.start) || marks.close === null
    ? { span: { start: marks.open.start, end: marks.open.start }, newText: `${name} ${verb}: ` }
    : { span: { start: marks.close.end, end: marks.close.end }, newText: `, ${name} ${verb}` };
  return { title: `Attribute to ${name}`, edits: [edit], preferred: true };
}

function shortestAlias(aliases: readonly string[], speaker: string): string {
  const names = aliases.filter((a) => /^\p{Lu}/u.test(a) && samePerson(a, speaker));
  return names.sort((a, b) => a.length - b.length)[0] ?? speaker;
}

const pastTense = (verb: string): string => ({ says: 'said', writes: 'wrote' })[verb] ?? verb;

/** True when only white space and markup stand between the previous sentence end (or paragraph start) and offset. */
function opensSentence(masked: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (masked[i] === ' ' || masked[i] === '\t')) i--;
  return i < 0 || '\n\r.!?'.includes(masked[i]);
}

/** The draft's own quotation marks: curly if its quotations use curly marks, straight otherwise. */
function draftMarks(draft: DocumentAnalysis): [string, string] {
  const curly = draft.quotations.filter((q) => q.openMark === '“').length;
  const straight = draft.quotations.filter((q) => q.openMark === '"').length;
  return curly > straight ? ['“', '”'] : ['"', '"'];
}
