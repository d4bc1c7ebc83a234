import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import { formatForPath } from '../../../server/src/engine/formats/index';
import type { Finding } from '../../../server/src/engine/types';
import { applyFix, corpusFromFolder, repoRoot } from '../../helpers/checkFixture';

interface ExpectedFinding {
  code: string;
  text: string;
  /** 1-based line of the finding's start, where the text alone is ambiguous. */
  line?: number;
  severity?: string;
  messageIncludes?: string[];
  /** Text the draft must contain once the preferred (or only) fix is applied. */
  fixed?: string;
}
interface Expected {
  exhaustive: boolean;
  findings: ExpectedFinding[];
  quotes?: { text: string; status: string; speaker?: string | null }[];
}

const fixturesDir = path.join(repoRoot, 'tests/fixtures/check');
const options = { uncreditedCopyMinWords: 8 };

describe('checkDraft on fixture folders', () => {
  for (const name of fs.readdirSync(fixturesDir).sort()) {
    const dir = path.join(fixturesDir, name);
    const draftFile = fs.readdirSync(dir).find((f) => f.startsWith('draft.'));
    if (!draftFile) continue;
    describe(name, () => {
      const draftPath = path.join(dir, draftFile);
      const draft = fs.readFileSync(draftPath, 'utf8');
      const format = formatForPath(draftPath);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const corpus = corpusFromFolder(path.join(dir, 'sources'));
      const result = checkDraft(draft, format, corpus, options);
      const lineOf = (offset: number): number => draft.slice(0, offset).split('\n').length;
      const describeAll = (fs: readonly Finding[]): string =>
        fs.map((f) => `${f.code}@${lineOf(f.span.start)} "${draft.slice(f.span.start, f.span.end)}": ${f.message}`).join('\n');

      for (const want of expected.findings) {
        it(`reports ${want.code} on "${want.text.slice(0, 40)}"`, () => {
          const found = result.findings.find(
            (f) => f.code === want.code && draft.slice(f.span.start, f.span.end) === want.text && (!want.line || lineOf(f.span.start) === want.line),
          );
          assert.ok(found, `expected ${want.code} on "${want.text}", got:\n${describeAll(result.findings)}`);
          if (want.severity) assert.strictEqual(found.severity, want.severity);
          for (const part of want.messageIncludes ?? []) assert.ok(found.message.includes(part), `message "${found.message}" lacks "${part}"`);
          if (want.fixed) {
            const fix = found.fixes.find((f) => f.preferred) ?? found.fixes[0];
            assert.ok(fix, 'expected a fix');
            const after = applyFix(draft, fix);
            assert.ok(after.includes(want.fixed), `after the fix the draft lacks "${want.fixed}"`);
            // The fix resolves the finding: checking again reports nothing of that kind at that place.
            const again = checkDraft(after, format, corpus, options).findings.filter((f) => f.code === want.code);
            const start = Math.min(...fix.edits.map((e) => e.span.start));
            assert.ok(!again.some((f) => Math.abs(f.span.start - start) < 3), `${want.code} is still reported after the fix`);
          }
        });
      }
      if (expected.exhaustive) {
        it('reports nothing else', () => {
          assert.strictEqual(result.findings.length, expected.findings.length, describeAll(result.findings));
        });
      }
      if (expected.quotes) {
        it('reports each quote with its status and speaker', () => {
          const got = result.quotes.map((q) => ({ text: q.text, status: q.status, speaker: q.speaker }));
          const want = expected.quotes!.map((q) => ({ text: q.text, status: q.status, speaker: q.speaker ?? null }));
          assert.deepStrictEqual(got, want);
        });
      }
    });
  }
});
