import type { Span, TextEdit } from '../types';

/** text[range] with the edits applied; the edits lie inside the range and do not overlap. */
export function editedText(text: string, range: Span, edits: readonly TextEdit[]): string {
  let out = '';
  let at = range.start;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at, range.end);
}
