// One runner for every folder of tests/fixtures/extraction: the input's format comes from its file name, and
// expected.json lists every quotation (its words as the scanner sees them, white space collapsed), in order.

import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatForPath, proseView } from '../../../server/src/engine/formats/index';
import { scanQuotations } from '../../../server/src/engine/quotes/scan';
import type { Span } from '../../../server/src/engine/types';

interface Expected {
  readonly quotations: readonly { text: string; depth: number; closed?: boolean }[];
  readonly utterances?: readonly { speaker: string; timestamp: string | null; text: string }[];
  readonly strayMarks?: number;
}

const ROOT = path.resolve(__dirname, '../../../..'); // from out/tests/unit/quotes
const FIXTURES = path.join(ROOT, 'tests/fixtures/extraction');

describe('extraction fixtures', () => {
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, name);
    const input = fs.readdirSync(dir).find((file) => file.startsWith('input.'));
    if (input === undefined) continue;
    it(name, () => {
      const text = fs.readFileSync(path.join(dir, input), 'utf8');
      const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
      const view = proseView(text, formatForPath(input, text));
      const words = (span: Span) => view.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      const { quotations, strayMarks } = scanQuotations(view);
      assert.deepStrictEqual(
        quotations.map((q) => ({ text: words(q.inner), depth: q.depth, ...(q.closeMark === null ? { closed: false } : {}) })),
        expected.quotations,
      );
      if (expected.utterances !== undefined) {
        assert.deepStrictEqual(
          view.utterances.map((u) => ({ speaker: u.speaker, timestamp: u.timestamp, text: words(u.span) })),
          expected.utterances,
        );
      }
      if (expected.strayMarks !== undefined) assert.strictEqual(strayMarks.length, expected.strayMarks);
    });
  }
});
