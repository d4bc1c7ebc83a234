import { nameInStyleOf, samePerson } from '../attribution/names';
import { readsNothing, wordRunsOn } from '../attribution/narration';
import { isLeadingFunctionWord } from '../attribution/people';
import type { SourceModel } from '../corpus/corpus';
import type { AttributedQuotation, DocumentAnalysis, Fix, Mention, Quotation, Span } from '../types';
import { isQuoteChar } from '../quotes/marks';
import { readAsTypedTwice } from '../quotes/scan';
import { isSpace, plainTextParagraphs } from '../text/paragraphs';
import { draftPeople } from './draftPeople';
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
 * blanks the rest, so there the written mark reaches over the blanked characters next to it. Unpaired marks typed
 * right against one of them (`"“the basis…”`, `…”"`) are part of it, as are glyphs there the scanner read as no mark
 * (`"\enquote{`: blanked markup on both sides; removed, it would open a quotation), and so are those it read as the opening
 * mark typed again, white space between (`„ „ “the basis…”`): left behind, the first would open a quotation again.
 */
export function writtenMarks(draft: DocumentAnalysis, quotation: AttributedQuotation): { open: Span; close: Span | null } {
  const { original, text, format } = draft.view;
  const blanked = (k: number): boolean => format === 'latex' && text[k] === ' ' && original[k] !== undefined && /\S/.test(original[k]);
  let start = blankedSyntaxBefore(draft, quotation.outer.start);
  // So is one the scanner read as the opening mark typed twice, white space between (`“ “the basis…”`), and each one
  // before that in a run of them (`„ `` ``the basis…`): left behind, the first would open a quotation again.
  for (let opening = quotation.outer.start; ; ) {
    let spaced = start;
    while (spaced > 0 && isSpace(text.charCodeAt(spaced - 1))) spaced--;
    const twice = (m: Span) => m.end === spaced && readAsTypedTwice(draft.view, m.start, opening);
    const strayBefore = draft.strayMarks.find((m) => m.end === start || twice(m)) ?? unreadGlyph(draft, start - 1);
    if (!strayBefore) break;
    start = writtenMark(draft, strayBefore).start;
    opening = strayBefore.start;
  }
  const open = { start, end: quotation.outer.start + quotation.openMark.length };
  if (!quotation.closeMark) return { open, close: null };
  let end = quotation.outer.end;
  while (end < quotation.outer.end + 1 && blanked(end)) end++;
  const glued = (k: number) => draft.strayMarks.find((m) => m.start === k) ?? unreadGlyph(draft, k);
  for (let stray = glued(end); stray; stray = glued(end)) end = writtenMark(draft, stray).end;
  return { open, close: { start: quotation.outer.end - quotation.closeMark.length, end } };
}

/**
 * The quotation glyph at k, when the scanner read it as no mark at all (typed between spaces or blanked markup): not
 * paired, not stray. An apostrophe is left to its word.
 */
function unreadGlyph(draft: DocumentAnalysis, k: number): Span | null {
  const c = draft.view.text[k];
  if (c === undefined || !isQuoteChar(c) || "'’‘‛‚".includes(c)) return null;
  const marks = (s: Span) => s.start === k || s.end - 1 === k;
  if (draft.strayMarks.some(marks) || draft.emptyPairs.some(marks) || draft.quotations.some((q) => q.outer.start === k || (q.closeMark !== null && q.outer.end - 1 === k))) return null;
  return { start: k, end: k + 1 };
}

/**
 * Removes the quotation's marks: its own, those reopening it at each paragraph it runs over, the unpaired ones inside
 * it (`"»The grant…"`), those paired around nothing (`“”`) and those of a quotation inside it that would pair no longer
 * (see commandPairedMarks). Once the words are narration, any mark left among them would open a new quotation.
 */
export function removeMarksFix(draft: DocumentAnalysis, quotation: AttributedQuotation): Fix {
  const { open, close } = writtenMarks(draft, quotation);
  const end = close?.start ?? quotation.outer.end;
  const strays = draft.strayMarks.filter((m) => m.start >= open.end && m.end <= end && m.start !== quotation.outer.start);
  const empty = draft.emptyPairs.filter((p) => p.start >= open.end && p.end <= end).flatMap((p) => [{ start: p.start, end: p.start + 1 }, { start: p.end - 1, end: p.end }]);
  const nested = [...sharedEndMarks(draft, quotation), ...emptiedMarks(draft, quotation, strays), ...commandPairedMarks(draft, quotation)];
  const inside = [...strays, ...empty, ...continuationMarks(draft, quotation), ...nested]
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || all[i - 1].start !== m.start)
    .map((m) => writtenMark(draft, m));
  const edits = [open, ...inside, ...(close ? [close] : [])].map((span) => ({ span, newText: '' }));
  return { title: 'Remove the quotation marks', edits, preferred: false };
}

/**
 * The marks of a quotation nested inside this one that ends where it does (`“a “ the words”`: the closing mark is the
 * nested one's): left alone, they would quote the same words again.
 */
function sharedEndMarks(draft: DocumentAnalysis, quotation: AttributedQuotation): Span[] {
  return draft.quotations
    .filter((q) => q.depth > quotation.depth && q.outer.start > quotation.outer.start && q.outer.end === quotation.outer.end)
    .flatMap((q) => marksOf(q, !quotation.closeMark));
}

/**
 * The marks of a quotation nested inside this one that holds nothing but unpaired marks being removed (`“a “ « ”the
 * words…”`): left standing together, they would pair anew, the last opening a quotation over the words after it.
 */
function emptiedMarks(draft: DocumentAnalysis, quotation: AttributedQuotation, strays: readonly Span[]): Span[] {
  const { text } = draft.view;
  const emptied = (q: Quotation) => {
    for (let k = q.inner.start; k < q.inner.end; k++) if (!isSpace(text.charCodeAt(k)) && !strays.some((m) => m.start <= k && k < m.end)) return false;
    return true;
  };
  return draft.quotations
    .filter((q) => q.depth > quotation.depth && q.outer.start > quotation.outer.start && q.outer.end <= quotation.outer.end && emptied(q))
    .flatMap((q) => marksOf(q, true));
}

/**
 * In LaTeX, once the quotation command opening this quotation is gone, the quotation commands inside it print the other
 * family's marks (an \enquote{ nested in another prints ‘, alone “), and its closing brace prints none: a quotation
 * inside whose marks were one written by a command and one typed (`\enquote{… \enquote{😀 ’…`, `\enquote{… “the}…”`)
 * would no longer pair, and its opening mark would open a quotation over the narration. Its marks go too.
 */
function commandPairedMarks(draft: DocumentAnalysis, quotation: AttributedQuotation): Span[] {
  const { original, format } = draft.view;
  if (format !== 'latex' || original[quotation.outer.start] !== '{') return [];
  // The adapter writes marks at a brace only for quotation commands.
  const byCommand = (at: number) => original[at] === '{' || original[at] === '}';
  return draft.quotations
    .filter((q) => q.depth > quotation.depth && q.outer.start > quotation.outer.start && q.outer.end <= quotation.outer.end && q.closeMark !== null && byCommand(q.outer.start) !== byCommand(q.outer.end - 1))
    .flatMap((q) => marksOf(q, true));
}

/** A quotation's opening mark, and its closing mark if it has one and `withClose`. */
function marksOf(q: Quotation, withClose: boolean): Span[] {
  const open = { start: q.outer.start, end: q.outer.start + q.openMark.length };
  return q.closeMark && withClose ? [open, { start: q.outer.end - q.closeMark.length, end: q.outer.end }] : [open];
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

/**
 * A mark as written: in LaTeX a `` or '' is one mark next to a blanked twin, and babel's "` or "< one after its blanked
 * ", its "' or "> one before its blanked second character (removing half of one leaves the other half a mark).
 */
function writtenMark(draft: DocumentAnalysis, mark: Span): Span {
  const { original, text, format } = draft.view;
  if (format !== 'latex') return mark;
  // A quotation command's opening brace is the whole command (`\enquote{`): the command alone would be left behind.
  if (original[mark.start] === '{') return { start: blankedSyntaxBefore(draft, mark.start), end: mark.end };
  const blank = (k: number): boolean => text[k] === ' ' && k >= 0 && k < original.length;
  const twin = (k: number): boolean => blank(k) && original[k] === original[mark.start];
  const before = twin(mark.start - 1) || (blank(mark.start - 1) && original[mark.start - 1] === '"' && '`<'.includes(original[mark.start]));
  const after = twin(mark.end) || (blank(mark.end) && original[mark.start] === '"' && "'>".includes(original[mark.end]));
  return { start: before ? mark.start - 1 : mark.start, end: after ? mark.end + 1 : mark.end };
}

/** Where the LaTeX syntax the adapter blanked right before offset starts (`\enquote` before its brace, ` before `). */
function blankedSyntaxBefore(draft: DocumentAnalysis, offset: number): number {
  const { original, text, format } = draft.view;
  if (format !== 'latex') return offset;
  let start = offset;
  while (start > offset - LONGEST_LATEX_MARK && text[start - 1] === ' ' && /\S/.test(original[start - 1] ?? '')) start--;
  return start;
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
  if (name === mention.text || joinsName(draft.view.text, mention.span)) return null;
  return { title: `Credit ${name}`, edits: [{ span: mention.span, newText: name }], preferred: true };
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
export function attributionFix(draft: DocumentAnalysis, quotation: AttributedQuotation, speaker: string, cue: string | null): Fix | null {
  const people = draftPeople(draft);
  const known = draft.people.find((p) => people.same(p.name, speaker));
  const name = known ? shortestAlias(known.aliases.length ? known.aliases : [known.name], speaker) : speaker;
  const verb = cue && PLAIN_CUES.has(cue.toLowerCase()) ? pastTense(cue.toLowerCase()) : 'said';
  // A clause whose mention names nobody the draft knows ("…,” she said) gets the name in place of that mention.
  const mention = quotation.attribution.mention;
  const { text } = draft.view;
  if (mention) {
    if (joinsName(text, mention.span) || introducesAnother(draft, quotation, mention.span)) return null;
    return { title: `Attribute to ${name}`, edits: [{ span: mention.span, newText: name }], preferred: true };
  }
  // After an unclosed quotation the words would fall inside it (it runs to the paragraph's end): credit it up front,
  // unless the name would run into a capitalised word there, follow the closing mark of another quotation on the line,
  // whose credit it would be read as ("…,” Putin said: „\n“…"), or fall inside another quotation, as quoted words (a
  // mark typed twice inside an unclosed one: "« ‘\n\n‘…"); a quote opening a sentence is credited after it then.
  const marks = writtenMarks(draft, quotation);
  const joins = joinsNameBefore(text, marks.open.start) || followsQuotation(draft, marks.open.start) || insideAnother(draft, quotation, marks.open.start);
  if (marks.close === null && joins) return null;
  // Words typed right against a mark ("poin«…", "…”and") would run into the inserted ones: a space keeps them apart.
  const apart = (k: number) => (isWordChar(text[k]) ? ' ' : '');
  if (marks.close === null || (opensSentence(text, quotation.outer.start) && !joins)) {
    const edit = { span: { start: marks.open.start, end: marks.open.start }, newText: `${apart(marks.open.start - 1)}${name} ${verb}: ` };
    return { title: `Attribute to ${name}`, edits: [edit], preferred: true };
  }
  // A mark typed against the closing one that opens a quotation of its own ('…bank.""a…') would take the credit
  // written after it into its words: the credit goes before it, a space between.
  const close = marks.close;
  const opening = draft.quotations.find((q) => q.outer.start >= quotation.outer.end && q.outer.start < close.end);
  const at = opening ? writtenMark(draft, marksOf(opening, false)[0]).start : close.end;
  const edit = { span: { start: at, end: at }, newText: `, ${name} ${verb}${opening ? ' ' : apart(at)}` };
  return { title: `Attribute to ${name}`, edits: [edit], preferred: true };
}

/**
 * Whether the clause of a mention after the quotation also introduces a quotation after it ("…,”\nhe said: “…"): a
 * pronoun there is read as crediting both, a name as crediting the next one only, so writing the name in would leave
 * the quotation before it without a credit.
 */
function introducesAnother(draft: DocumentAnalysis, quotation: AttributedQuotation, mention: Span): boolean {
  if (quotation.outer.end > mention.start) return false;
  return draft.quotations.some((q) => q !== quotation && q.depth === 0 && q.outer.start >= mention.end && q.attribution.mention?.span.start === mention.start);
}

function shortestAlias(aliases: readonly string[], speaker: string): string {
  const names = aliases.filter((a) => /^\p{Lu}/u.test(a) && samePerson(a, speaker));
  return names.sort((a, b) => a.length - b.length)[0] ?? speaker;
}

/**
 * True when a name written in place of a mention would be read together with the text around it: a capitalised word
 * before it, or the rest of a word after it (the mention "P'" of "P''utin", "Mayor'" of "Mayor'' said").
 */
function joinsName(masked: string, mention: Span): boolean {
  return joinsNameBefore(masked, mention.start) || wordRunsOn(masked, mention.end) || joinsNameAfter(masked, mention.end);
}

/**
 * True when a name written to end at offset would be read together with a capitalised word after it on the same line,
 * or at the start of the next: a pronoun stands apart from "Russian" in a garbled "he Russian president", the name
 * written over it would not ("Stanovaya Russian"). A word that opens a sentence without being a name does not join.
 */
function joinsNameAfter(masked: string, offset: number): boolean {
  let start = offset;
  const blank = () => start < masked.length && readsNothing(masked, start);
  while (blank()) start++;
  if (masked[start] === '\r') start++;
  if (masked[start] === '\n') start++;
  while (blank()) start++;
  let end = start;
  while (end < masked.length && /[\p{L}\p{M}'’-]/u.test(masked[end])) end++;
  return readsAsName(masked, start, end);
}

/**
 * True when a name written at offset would be read together with a capitalised word before it on the same line, or
 * at the end of the line before (a name may be wrapped onto the next line): "# Heading Putin said", "Aa B.\nPutin
 * said". The re-check would credit that longer name. A word that opens a sentence without being a name ("But",
 * "The") does not join.
 */
function joinsNameBefore(masked: string, offset: number): boolean {
  let end = offset;
  // What the narration reads nothing from (an emoji: "Put😀 Putin") does not keep the words apart either.
  const blank = () => end > 0 && readsNothing(masked, end - 1);
  while (end > 0 && blank()) end--;
  if (masked[end - 1] === '\n') end--;
  if (masked[end - 1] === '\r') end--;
  while (end > 0 && blank()) end--;
  // A word typed right against the offset is kept apart by a space (attributionFix), and so read with the name too.
  if (end === offset && !isWordChar(masked[offset - 1])) return false;
  // An initial ("B.") does not end the sentence, so the name after it runs on.
  if (masked[end - 1] === '.') return end >= 2 && /\p{Lu}/u.test(masked[end - 2]) && !/\p{L}/u.test(masked[end - 3] ?? '');
  let start = end;
  while (start > 0 && /[\p{L}\p{M}'’-]/u.test(masked[start - 1])) start--;
  return readsAsName(masked, start, end);
}

/** Whether the word masked[start, end) would be read as part of a name: capitalised, and no sentence opener ("The"). */
function readsAsName(masked: string, start: number, end: number): boolean {
  return start < end && /\p{Lu}/u.test(masked[start]) && !isLeadingFunctionWord(masked.slice(start, end));
}

/**
 * True when only what the narration reads nothing from (spaces, an emoji) stands on the line between a quotation's
 * closing mark and offset: a credit written there is read as that quotation's.
 */
function followsQuotation(draft: DocumentAnalysis, offset: number): boolean {
  const { text } = draft.view;
  let end = offset;
  while (end > 0 && readsNothing(text, end - 1)) end--;
  return end < offset && draft.quotations.some((q) => q.closeMark !== null && q.outer.end === end);
}

/** True when offset lies inside another quotation than this one, between its marks. */
function insideAnother(draft: DocumentAnalysis, quotation: AttributedQuotation, offset: number): boolean {
  return draft.quotations.some((q) => q !== quotation && q.outer.start < offset && offset < q.outer.end);
}

const isWordChar = (c: string | undefined): boolean => /[\p{L}\p{N}\p{M}]/u.test(c ?? '');

const pastTense = (verb: string): string => ({ says: 'said', writes: 'wrote' })[verb] ?? verb;

/** True when only white space and markup stand between the previous sentence end (or paragraph start) and offset. */
function opensSentence(masked: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (masked[i] === ' ' || masked[i] === '\t')) i--;
  return i < 0 || '\n\r.!?'.includes(masked[i]);
}

const marksByDraft = new WeakMap<DocumentAnalysis, [string, string]>();

/** The draft's own quotation marks: curly if its quotations use curly marks, straight otherwise (counted once a draft). */
function draftMarks(draft: DocumentAnalysis): [string, string] {
  let marks = marksByDraft.get(draft);
  if (!marks) {
    const curly = draft.quotations.filter((q) => q.openMark === '“').length;
    const straight = draft.quotations.filter((q) => q.openMark === '"').length;
    marks = curly > straight ? ['“', '”'] : ['"', '"'];
    marksByDraft.set(draft, marks);
  }
  return marks;
}
