import { attributeQuotations } from './attribution/attribute';
import { proseView } from './formats/index';
import { scanQuotations } from './quotes/scan';
import type { DocumentAnalysis, Format } from './types';

/** Reads one document, draft or source alike: its prose, its quotations and who is credited with each. */
export function analyzeDocument(text: string, format: Format): DocumentAnalysis {
  const view = proseView(text, format);
  const { quotations, strayMarks } = scanQuotations(view);
  const { quotations: attributed, people } = attributeQuotations(view, quotations);
  return { view, quotations: attributed, people, strayMarks };
}
