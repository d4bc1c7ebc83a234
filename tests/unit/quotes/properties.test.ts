// Properties that must hold on any text at all: the adapters and the scanner never throw, keep offsets, and return
// well-formed, properly nested ranges.

import * as assert from 'node:assert';
import fc from 'fast-check';
import { proseView } from '../../../server/src/engine/formats/index';
import { scanQuotations } from '../../../server/src/engine/quotes/scan';
import type { Format, Span } from '../../../server/src/engine/types';

const FORMATS: Format[] = ['plaintext', 'markdown', 'latex', 'transcript', 'vtt'];

// Characters that matter to some stage (marks, markup, line ends), and the awkward ones: astral, combining marks,
// ZWJ, right-to-left letters, NUL.
const INTERESTING = [
  '"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '`', '\\', '{', '}', '[', ']', '(', ')', '%',
  '$', '*', '_', '>', '#', '-', ':', '<', '&', ';', '|', '~', '!', '.', ',', ' ', ' ', '\n', '\n', '\r', '\r\n',
  '\t', '\u0000', '\u200d', '\u0301', '\u00a0', '😀', '👩‍👩‍👧', 'א', 'ש', 'a', 'b', 's', 'n', 'X', '1', '9', 'é',
  'enquote', 'begin{verbatim}', 'end{verbatim}', '```', '---', '-->', 'WEBVTT', '00:01:02', 'PUTIN: ', '<v Ann>',
  '<!--', '-->', '[x](y "z")', '\u2028',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...INTERESTING), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

function inside(span: Span, length: number): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= length;
}

describe('extraction properties', () => {
  for (const format of FORMATS) {
    it(`${format}: the prose view keeps length and line breaks, and its spans lie in the text`, () => {
      fc.assert(
        fc.property(text, (original) => {
          const view = proseView(original, format);
          assert.strictEqual(view.text.length, original.length);
          assert.strictEqual(view.original, original);
          for (let i = 0; i < original.length; i++) {
            const breaks = original[i] === '\n' || original[i] === '\r';
            assert.strictEqual(view.text[i] === '\n' || view.text[i] === '\r', breaks, `line break at ${i}`);
            if (/\s/.test(original[i])) assert.ok(/\s/.test(view.text[i]), `space stays space at ${i}`);
          }
          for (const u of view.utterances) assert.ok(inside(u.span, original.length) && u.span.end > u.span.start);
          for (const b of view.blocks ?? []) assert.ok(inside(b, original.length));
        }),
        { numRuns: 300 },
      );
    });

    it(`${format}: quotations are well-formed and nested or disjoint`, () => {
      fc.assert(
        fc.property(text, (original) => {
          const { quotations, strayMarks } = scanQuotations(proseView(original, format));
          for (const q of quotations) {
            assert.ok(inside(q.outer, original.length));
            assert.ok(q.outer.start <= q.inner.start && q.inner.end <= q.outer.end, 'inner within outer');
            assert.ok(q.inner.end > q.inner.start, 'inner not empty');
            const words = original.slice(q.inner.start, q.inner.end);
            assert.ok(!/^\s/.test(words) && !/\s$/.test(words), `inner trimmed: ${JSON.stringify(words)}`);
          }
          for (const a of quotations) {
            const around = quotations.filter((b) => b !== a && contains(b.outer, a.outer));
            assert.strictEqual(a.depth, around.length, 'depth counts the quotations around');
            for (const b of quotations) {
              const disjoint = a.outer.end <= b.outer.start || b.outer.end <= a.outer.start;
              assert.ok(disjoint || contains(a.outer, b.outer) || contains(b.outer, a.outer), 'no partial overlap');
            }
          }
          for (const s of strayMarks) assert.ok(inside(s, original.length) && s.end === s.start + 1);
        }),
        { numRuns: 300 },
      );
    });
  }
});

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
