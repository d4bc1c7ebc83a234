// Where conversations first go wrong: `node out/tests/eval/chainStarts.js --dir DIR [--dir DIR …] [--list]` finds,
// in each set's texts, every wrong uncued turn (no speech clause) whose turn before was right or cued: the first
// wrong turn of its run, since the alternation carries one wrong guess on to the turns after it. It tallies them by
// what is there, and `--list` prints each with its context. For development only: never on a held-out set.
import { readdirSync } from 'node:fs';
import { goldRowsOf, type GoldRow } from './goldRows';

interface Row extends GoldRow {
  readonly cued: boolean;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const samePerson = (a: string, b: string) => flat(a).toLowerCase() === flat(b).toLowerCase();

function rowsOf(dir: string, file: string): { text: string; rows: Row[] } {
  const { text, rows } = goldRowsOf(dir, file);
  return { text, rows: rows.map((r) => ({ ...r, cued: !!(r.got.mention || r.got.cue) })) };
}

/** What stands at the first wrong turn `i`, the first that applies of the kinds the tally counts. */
function kindAt(text: string, rows: readonly Row[], i: number, paragraphStart: (p: number) => number): string {
  const row = rows[i];
  const prev = rows[i - 1];
  const speaker = row.gold.speaker;
  // A-B-A: the same speaker two or three turns back was given the same wrong name, and the alternation carried it here.
  if (rows.slice(Math.max(0, i - 4), i - 1).some((r) => !r.right && samePerson(r.gold.speaker, speaker) && r.got.speaker === row.got.speaker)) return 'an earlier wrong turn carried on';
  if (prev?.cued && !prev.right) return 'a cued turn resolved wrong';
  if (rows.some((r) => r !== row && r.paragraph === row.paragraph && !samePerson(r.gold.speaker, speaker))) return 'a paragraph holding two speakers';
  // The narration just before the turn (its own paragraph's, or the paragraph before when the turn opens its own).
  const own = text.slice(paragraphStart(row.paragraph), row.gold.start);
  const beat = /\p{L}/u.test(own.replace(/[“”"‘’]/g, '')) ? own : text.slice(paragraphStart(row.paragraph - 1), row.gold.start);
  const credited = row.got.speaker?.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)) ?? [];
  if (credited.some((w) => beat.includes(w))) return 'a beat naming someone who does not speak';
  if (prev && !rows.slice(Math.max(0, i - 4), i).some((r) => samePerson(r.gold.speaker, speaker))) return 'a third voice entering';
  const narrationBetween = prev && Array.from({ length: row.paragraph - prev.paragraph - 1 }, (_, k) => prev.paragraph + 1 + k).some((p) => !rows.some((r) => r.paragraph === p));
  if (narrationBetween) return 'a run crossing narration';
  if (prev && samePerson(prev.gold.speaker, speaker)) return 'the same speaker going on';
  return 'another of the conversation credited';
}

function tally(dirs: readonly string[], list: boolean): void {
  const counts = new Map<string, { firsts: number; run: number }>();
  let wrong = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.quotes.json')).sort()) {
      const { text, rows } = rowsOf(dir, file);
      const starts = [0, ...[...text.matchAll(/\n[ \t]*\n\s*/g)].map((m) => m.index + m[0].length)];
      const paragraphStart = (p: number) => starts[Math.max(0, Math.min(p, starts.length - 1))];
      for (const [i, row] of rows.entries()) {
        if (row.right || row.cued) continue;
        wrong++;
        const prev = rows[i - 1];
        if (prev && !prev.right && !prev.cued) continue;
        let run = 1;
        while (rows[i + run] && !rows[i + run].right && !rows[i + run].cued) run++;
        const kind = kindAt(text, rows, i, paragraphStart);
        const c = counts.get(kind) ?? { firsts: 0, run: 0 };
        counts.set(kind, { firsts: c.firsts + 1, run: c.run + run });
        if (list) {
          console.log(`${file.replace(/\.quotes\.json$/, '.txt')} @${row.gold.start}: ${kind}; gold ${flat(row.gold.speaker)}, got ${row.got.speaker}, run of ${run}`);
          console.log(`  before: …${flat(text.slice(Math.max(0, row.gold.start - 200), row.gold.start))}`);
        }
      }
    }
  }
  const firsts = [...counts.values()].reduce((n, c) => n + c.firsts, 0);
  console.log(`${wrong} wrong uncued turns; ${firsts} first of their run`);
  for (const [kind, c] of [...counts].sort((a, b) => b[1].firsts - a[1].firsts)) console.log(`${String(c.firsts).padStart(5)} first, ${String(c.run).padStart(5)} in their runs: ${kind}`);
}

const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (args[i - 1] === '--dir' ? [a] : []));
tally(dirs, args.includes('--list'));
