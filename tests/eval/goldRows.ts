// One fixture text's gold quotations, each beside the engine's attribution of the quotation it matches, in text order:
// what the development tools that study where attribution goes wrong (chainStarts, phaseRuns) read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { formatForPath } from '../../server/src/engine/formats/index';
import type { Attribution } from '../../server/src/engine/types';
import { matchingQuotation, rightSpeaker, rightUnnamed, type GoldQuote } from './attribution';

export interface GoldRow {
  readonly gold: GoldQuote;
  readonly got: Attribution;
  readonly right: boolean;
  /** The paragraph the quotation opens in, counted from 0. */
  readonly paragraph: number;
}

/** The rows of `file` (a `.quotes.json` in `dir`) whose quotation the engine found, and the text. */
export function goldRowsOf(dir: string, file: string): { text: string; rows: GoldRow[] } {
  const gold: GoldQuote[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const name = file.replace(/\.quotes\.json$/, '.txt');
  const text = readFileSync(join(dir, name), 'utf8');
  const breaks = [...text.matchAll(/\n[ \t]*\n\s*/g)].map((m) => m.index + m[0].length);
  const paragraphOf = (at: number) => breaks.filter((b) => b <= at).length;
  const unused = analyzeDocument(text, formatForPath(name, text)).quotations.filter((q) => q.inner.end > q.inner.start);
  const rows: GoldRow[] = [];
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    const at = matchingQuotation(text, unused, g.start, g.end);
    if (at < 0) continue;
    const got = unused.splice(at, 1)[0].attribution;
    rows.push({ gold: g, got, right: rightSpeaker(got.speaker, g) || rightUnnamed(got.speaker, g), paragraph: paragraphOf(g.start) });
  }
  return { text, rows };
}
