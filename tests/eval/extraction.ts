// Quotation extraction measured on LitBank's quotation layer (a development set of fiction excerpts): a found quotation
// is right when its inner span overlaps an annotated one, and an annotated quotation is found when a found one
// overlaps it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { proseView } from '../../server/src/engine/formats/index';
import { scanQuotations } from '../../server/src/engine/quotes/scan';
import type { Span } from '../../server/src/engine/types';

export interface ExtractionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly documents: number;
  readonly expected: number;
  readonly found: number;
}

interface Annotated {
  readonly start: number;
  readonly end: number;
}

/** LitBank ships in the shared folder beside the repository (CI lays it out the same way). */
export const LITBANK_DIR = path.resolve(__dirname, '../../../../shared/datasets/litbank');

export function evaluateExtraction(dir = LITBANK_DIR): ExtractionScore {
  let expected = 0;
  let recalled = 0;
  let found = 0;
  let correct = 0;
  let documents = 0;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.quotes.json')).sort()) {
    const text = fs.readFileSync(path.join(dir, file.replace(/\.quotes\.json$/, '.txt')), 'utf8');
    const gold: Annotated[] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const spans = scanQuotations(proseView(text, 'plaintext')).quotations.map((q) => q.inner);
    documents++;
    expected += gold.length;
    found += spans.length;
    recalled += gold.filter((g) => spans.some((s) => overlaps(s, g))).length;
    correct += spans.filter((s) => gold.some((g) => overlaps(s, g))).length;
  }
  const precision = found === 0 ? 0 : correct / found;
  const recall = expected === 0 ? 0 : recalled / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, documents, expected, found };
}

function overlaps(a: Span, b: Annotated): boolean {
  return a.start < b.end && b.start < a.end;
}

export function printExtraction(): void {
  if (!fs.existsSync(LITBANK_DIR)) return;
  const s = evaluateExtraction();
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`\nScanner alone on LitBank (span overlap): precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`);
}

if (require.main === module) console.log(JSON.stringify(evaluateExtraction(process.argv[2]), null, 2));
