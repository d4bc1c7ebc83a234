// Error analysis for speaker attribution on LitBank: `node out/tests/eval/attributionErrors.js [--dir DIR] [file-filter]`
// lists, in text order, every annotated quotation the engine extracts but credits to the wrong speaker, with the gold
// speaker, the engine's speaker, mention and cue, and the narration just before. Unnamed speakers credited by their own
// description (see `rightUnnamed`) are not listed. `--dir` reads another set of the same shape (a news fixture folder).
// For development only: never point it at a held-out set to tune on its errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/engine/analyze';
import { formatForPath } from '../../server/src/engine/formats/index';
import { matchingQuotation, rightSpeaker, rightUnnamed, type GoldQuote } from './attribution';
import { LITBANK_DIR } from './extraction';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function listErrors(dir: string, filter: string): void {
  let matched = 0;
  let wrong = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.quotes.json') && f.includes(filter)).sort()) {
    const gold: (GoldQuote & { outer_start: number })[] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const name = file.replace(/\.quotes\.json$/, '.txt');
    const text = readFileSync(join(dir, name), 'utf8');
    const unused = analyzeDocument(text, formatForPath(name, text)).quotations.filter((q) => q.inner.end > q.inner.start);
    for (const g of gold) {
      const at = matchingQuotation(text, unused, g.start, g.end);
      if (at < 0) continue;
      const [q] = unused.splice(at, 1);
      matched++;
      const a = q.attribution;
      if (rightSpeaker(a.speaker, g) || rightUnnamed(a.speaker, g)) continue;
      wrong++;
      const nearby = (g.speaker_mentions_nearby ?? []).map((m) => flat(m.text)).join('|');
      console.log(`${name} @${g.start}: gold ${flat(g.speaker)} [${nearby}], got ${a.speaker} (${a.mention?.text ?? '-'} / ${a.cue ?? '-'})`);
      console.log(`  before: …${flat(text.slice(Math.max(0, g.outer_start - 240), g.outer_start))}`);
      console.log(`  quote:  ${flat(text.slice(g.start, g.end)).slice(0, 160)}`);
    }
  }
  console.log(`${wrong} wrong of ${matched} extracted quotations`);
}

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args.splice(dirAt, 2)[1] : LITBANK_DIR;
listErrors(dir, args[0] ?? '');
