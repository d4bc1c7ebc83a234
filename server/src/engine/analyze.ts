import { attributeQuotationsInSteps } from './attribution/attribute';
import { proseViewInSteps } from './formats/index';
import { scanQuotations } from './quotes/scan';
import { runSteps, type Steps } from './steps';
import type { DocumentAnalysis, Format } from './types';

/** Reads one document, draft or source alike: its prose, its quotations and who is credited with each. */
export function analyzeDocument(text: string, format: Format): DocumentAnalysis {
  return runSteps(analyzeDocumentInSteps(text, format));
}

/** analyzeDocument in steps: the prose view and attribution in several each, the quotations in one. */
export function* analyzeDocumentInSteps(text: string, format: Format): Steps<DocumentAnalysis> {
  const view = yield* proseViewInSteps(text, format);
  yield;
  const { quotations, strayMarks, emptyPairs } = scanQuotations(view);
  yield;
  const { quotations: attributed, people } = yield* attributeQuotationsInSteps(view, quotations);
  return { view, quotations: attributed, people, strayMarks, emptyPairs };
}
