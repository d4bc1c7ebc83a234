import * as assert from 'node:assert';
import type { Finding, Format } from '../../server/src/engine/types';
import { applyFix } from './checkFixture';

/**
 * Asserts that every fix of every finding with this code settles: the draft checked again after the fix has no finding
 * of the same code on that quote (or mention), which starts or ends where it did, moved by what the fix wrote before it.
 * This is the settle property of tests/robustness on one draft.
 */
export function assertFixesSettle(check: (text: string, format: Format) => readonly Finding[], text: string, format: Format, code: Finding['code']): void {
  const found = check(text, format).filter((f) => f.code === code);
  assert.ok(found.length > 0, `a ${code} in ${JSON.stringify(text)}`);
  for (const finding of found) {
    for (const fix of finding.fixes) {
      const fixed = applyFix(text, fix);
      const shift = (at: number) => at + fix.edits.filter((e) => e.span.end <= at).reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
      const [start, end] = [shift(finding.span.start), shift(finding.span.end)];
      const again = check(fixed, format).filter((f) => f.code === code && (f.span.start === start || f.span.end === end));
      assert.deepStrictEqual(again.map((f) => fixed.slice(f.span.start, f.span.end)), [], fixed);
    }
  }
}
