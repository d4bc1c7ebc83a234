// Precision and recall of each finding code over the labelled check fixtures: tests/fixtures/check/<case>/ (cases the
// engine passes, run by the test suite too) and tests/fixtures/check-pending/<case>/ (labelled cases it still fails).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/engine/check/check';
import { FINDING_CODES } from '../../server/src/engine/findingCodes';
import { formatForPath } from '../../server/src/engine/formats/index';
import { corpusFromFolder, repoRoot } from '../helpers/checkFixture';

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

interface Labelled {
  code: string;
  text: string;
  line?: number;
}

export const FIXTURE_SETS = ['check', 'check-pending'] as const;

export function evaluateFindings(sets: readonly string[] = FIXTURE_SETS): Map<string, Tally> {
  const tallies = new Map<string, Tally>(FINDING_CODES.map((c) => [c.code, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  for (const set of sets) {
    const root = path.join(repoRoot, 'tests/fixtures', set);
    if (fs.existsSync(root)) tallyFolder(root, tallies);
  }
  return tallies;
}

function tallyFolder(root: string, tallies: Map<string, Tally>): void {
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const draftFile = fs.readdirSync(dir).find((f) => f.startsWith('draft.'));
    if (!draftFile) continue;
    const draft = fs.readFileSync(path.join(dir, draftFile), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { findings: Labelled[] };
    const result = checkDraft(draft, formatForPath(draftFile), corpusFromFolder(path.join(dir, 'sources')), { uncreditedCopyMinWords: 8 });
    const lineOf = (offset: number): number => draft.slice(0, offset).split('\n').length;
    const unmatched = [...expected.findings];
    for (const f of result.findings) {
      const tally = tallies.get(f.code)!;
      const i = unmatched.findIndex(
        (w) => w.code === f.code && w.text === draft.slice(f.span.start, f.span.end) && (!w.line || w.line === lineOf(f.span.start)),
      );
      if (i >= 0) {
        tally.truePositives++;
        unmatched.splice(i, 1);
      } else tally.falsePositives++;
    }
    for (const missed of unmatched) tallies.get(missed.code)!.falseNegatives++;
  }
}

export function printFindings(): void {
  for (const set of FIXTURE_SETS) printTable(`tests/fixtures/${set}`, evaluateFindings([set]));
  printTable(FIXTURE_SETS.map((s) => `tests/fixtures/${s}`).join(' + '), evaluateFindings());
}

function printTable(title: string, tallies: Map<string, Tally>): void {
  const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  console.log(`\nFindings on the labelled check fixtures (${title})`);
  console.log('code                 labelled  reported  precision  recall');
  for (const [code, t] of tallies) {
    const labelled = t.truePositives + t.falseNegatives;
    const reported = t.truePositives + t.falsePositives;
    console.log(`${code.padEnd(20)} ${String(labelled).padStart(8)}  ${String(reported).padStart(8)}  ${pct(t.truePositives, reported).padStart(9)}  ${pct(t.truePositives, labelled).padStart(6)}`);
  }
}
