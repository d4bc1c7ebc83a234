import type { ProseView, Quotation, Span } from '../types';

export interface ScanResult {
  readonly quotations: Quotation[];
  readonly strayMarks: Span[];
}

// Placeholder until the scanner lands: straight and curly double quotes within a paragraph.
export function scanQuotations(view: ProseView): ScanResult {
  const quotations: Quotation[] = [];
  for (const m of view.text.matchAll(/(["“])([^"“”\n]*)(["”])/g)) {
    const start = m.index + 1;
    quotations.push({
      inner: { start, end: start + m[2].length },
      outer: { start: m.index, end: m.index + m[0].length },
      openMark: m[1],
      closeMark: m[3],
      depth: 0,
    });
  }
  return { quotations, strayMarks: [] };
}
