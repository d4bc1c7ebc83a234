// The engine's data contract. Every offset is a UTF-16 code-unit index into one text (a JavaScript string index);
// only the LSP seam turns offsets into positions, and only the CLI into line:column.

/** A half-open range [start, end) of one text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Format = 'markdown' | 'plaintext' | 'latex' | 'transcript' | 'vtt';

/** A speaker-labelled turn of a transcript (interview, WebVTT, SRT): every utterance is a quotation of its speaker. */
export interface Utterance {
  readonly span: Span;
  readonly speaker: string;
  readonly timestamp: string | null;
}

/**
 * What a format adapter hands the rest of the engine: the document's text with everything that is not prose
 * (markup, code, comments, front matter, link targets) replaced by spaces. It has the same length as the original, so
 * every later offset is an offset into the original. Newlines are kept, so paragraphs stay paragraphs. Adapters may
 * also rewrite format-specific quotation syntax (LaTeX ``…'', \enquote{…}) into plain marks of the same length.
 */
export interface ProseView {
  readonly original: string;
  readonly text: string;
  readonly format: Format;
  /** Transcript formats only: the utterances, in order. */
  readonly utterances: readonly Utterance[];
  /**
   * The paragraphs (prose blocks) as the adapter sees them, in order and disjoint. Quotations do not run across them
   * except by the multi-paragraph convention. Absent: readers split the text into paragraphs themselves.
   */
  readonly blocks?: readonly Span[];
}

/** A word of a text: its normalised form for matching and where it stands in the original. */
export interface Token {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

export interface Quotation {
  /** The text between the marks, trimmed of surrounding white space. */
  readonly inner: Span;
  /** The marks included. For an unclosed quotation, ends where the scanner gave up (end of paragraph). */
  readonly outer: Span;
  readonly openMark: string;
  readonly closeMark: string | null;
  /** 0 for a top-level quotation, 1 for a quote inside a quote, … */
  readonly depth: number;
}

/** A mention of a person in a text, such as a name, a surname, a pronoun or a role noun. */
export interface Mention {
  readonly span: Span;
  readonly text: string;
}

/** One identity, with every form the text uses for it. The name is the fullest form the text uses. */
export interface Person {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Attribution {
  /** Canonical name of the person credited, or null when the text credits nobody. */
  readonly speaker: string | null;
  /** The mention in the attribution clause (a pronoun where the text uses one). */
  readonly mention: Mention | null;
  /** The speech verb or phrase of the clause ("said", "according to", "described … as"). */
  readonly cue: string | null;
}

export interface AttributedQuotation extends Quotation {
  readonly attribution: Attribution;
  /** Set for transcript utterances. */
  readonly timestamp: string | null;
}

/** Everything the engine sees in one document; the same analysis serves sources and drafts. */
export interface DocumentAnalysis {
  readonly view: ProseView;
  readonly quotations: readonly AttributedQuotation[];
  readonly people: readonly Person[];
  /** Quotation marks the scanner could not pair (hints for the writer). */
  readonly strayMarks: readonly Span[];
  /** Pairs of marks around nothing but white space (`“”`): no quotation, but marks that could pair otherwise. */
  readonly emptyPairs: readonly Span[];
}

export interface SourceMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly date: string | null;
}

/** A source document as the loader hands it to the engine: no IO happens past this point. */
export interface SourceDocument {
  /** The loader's name for it (a workspace-relative path or a URI); findings name sources by it. */
  readonly id: string;
  readonly text: string;
  readonly format: Format;
}

export type FindingCode =
  | 'misquote'
  | 'quote-not-found'
  | 'misattribution'
  | 'unattributed-quote'
  | 'not-a-quote'
  | 'uncredited-copy'
  | 'unclosed-quote';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one fix an editor may apply without asking (at most one per finding). */
  readonly preferred: boolean;
}

/** Where in a source some words stand, and who says them there. */
export interface SourcePassage {
  readonly docId: string;
  readonly span: Span;
  /** The exact source words (the original text of span). */
  readonly text: string;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

/** One step of a word-level diff between the draft's quote and the source. */
export type DiffOp =
  | { readonly kind: 'same'; readonly draft: string; readonly source: string }
  | { readonly kind: 'replace'; readonly draft: string; readonly source: string }
  | { readonly kind: 'insert'; readonly draft: string }
  | { readonly kind: 'delete'; readonly source: string };

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly source: SourcePassage | null;
  readonly fixes: readonly Fix[];
  /** Other passages worth showing (equally close matches, the same words credited to others). */
  readonly related: readonly SourcePassage[];
  readonly diff: readonly DiffOp[] | null;
}

export type QuoteStatus = 'verified' | 'misquote' | 'not-found' | 'not-a-quote';

export interface QuoteReport {
  /** The inner span of the draft's quotation. */
  readonly span: Span;
  readonly text: string;
  readonly status: QuoteStatus;
  /** Who says it, per the source. */
  readonly speaker: string | null;
  /** Who the draft credits. */
  readonly draftSpeaker: string | null;
  readonly source: SourcePassage | null;
}

export interface CheckResult {
  readonly quotes: readonly QuoteReport[];
  readonly findings: readonly Finding[];
}
