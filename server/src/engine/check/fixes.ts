import { samePerson } from '../attribution/names';
import type { SourceModel } from '../corpus/corpus';
import type { AttributedQuotation, DocumentAnalysis, Fix, Span } from '../types';

/** Speech verbs that read well on their own in an inserted attribution; others ("told", "described … as") need more. */
const PLAIN_CUES = new Set(['said', 'says', 'wrote', 'writes', 'added', 'noted', 'argued', 'insisted', 'warned', 'explained', 'acknowledged']);

/** How to credit a source document with no speaker: its title, or failing that its file name. */
export function creditForSource(model: SourceModel): string {
  return model.meta.title ?? model.doc.id.slice(model.doc.id.lastIndexOf('/') + 1);
}

export function removeMarksFix(quotation: AttributedQuotation): Fix {
  const edits = [{ span: { start: quotation.outer.start, end: quotation.outer.start + quotation.openMark.length }, newText: '' }];
  if (quotation.closeMark) edits.push({ span: { start: quotation.outer.end - quotation.closeMark.length, end: quotation.outer.end }, newText: '' });
  return { title: 'Remove the quotation marks', edits, preferred: false };
}

export function creditSourceFix(quotation: AttributedQuotation, credit: string): Fix {
  return { title: `Credit the source: ${credit}`, edits: [{ span: { start: quotation.outer.end, end: quotation.outer.end }, newText: ` (${credit})` }], preferred: false };
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
  // After an unclosed quotation the words would fall inside it (it runs to the paragraph's end): credit it up front.
  const edit = opensSentence(draft.view.text, quotation.outer.start) || quotation.closeMark === null
    ? { span: { start: quotation.outer.start, end: quotation.outer.start }, newText: `${name} ${verb}: ` }
    : { span: { start: quotation.outer.end, end: quotation.outer.end }, newText: `, ${name} ${verb}` };
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
