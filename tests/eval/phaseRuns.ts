// Why uncued turns go wrong: `node out/tests/eval/phaseRuns.js --dir DIR [--dir DIR …] [--list | --simulate]` splits
// each text's conversations (turns in paragraphs with no narration paragraph between) into stretches of uncued turns,
// and sorts every wrong uncued quotation by its stretch: the whole stretch swapped between its two speakers (the phase
// wrong), partly so, a third voice of the stretch or of the conversation, a voice of one nearby, someone who does not
// speak nearby, no one. `--list` prints each, with its conversation when the phase is wrong; `--simulate` scores strict
// alternation, run forward and backward from the cues around a stretch, against the engine. For development only:
// never on a held-out set.
import { readdirSync } from 'node:fs';
import { cueKind, rightSpeaker, type GoldQuote } from './attribution';
import { goldRowsOf } from './goldRows';

interface Row {
  readonly gold: GoldQuote;
  readonly got: string | null;
  readonly right: boolean;
  readonly uncued: boolean;
  readonly paragraph: number;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => flat(a).toLowerCase() === flat(b).toLowerCase();
const rightFor = (got: string | null, g: GoldQuote, speaker: string) => rightSpeaker(got, { ...g, speaker, speaker_mentions_nearby: [] });

function rowsOf(dir: string, file: string): Row[] {
  return goldRowsOf(dir, file).rows.map((r) => ({ ...r, got: r.got.speaker, uncued: cueKind(r.got.mention) === 'none' }));
}

/** Runs of rows in consecutive paragraphs (no paragraph of narration alone between): `uncuedOnly` keeps only paragraphs all uncued. */
function runs(rows: readonly Row[], uncuedOnly: boolean): Row[][] {
  const byParagraph = new Map<number, Row[]>();
  for (const r of rows) byParagraph.set(r.paragraph, [...(byParagraph.get(r.paragraph) ?? []), r]);
  const out: Row[][] = [];
  let current: Row[] = [];
  let last = -2;
  for (const [p, rs] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const kept = !uncuedOnly || rs.every((r) => r.uncued);
    if (!kept || p !== last + 1) {
      if (current.length) out.push(current);
      current = [];
    }
    if (kept) current.push(...rs);
    last = p;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * What went wrong at `row`, given its stretch of uncued turns, its conversation and the turns within a few paragraphs
 * of the conversation (`around`).
 */
function classify(stretch: readonly Row[], conversation: readonly Row[], around: readonly Row[], row: Row): string {
  if (!row.got) return 'no speaker';
  const voices = (rows: readonly Row[]) => [...new Set(rows.map((r) => flat(r.gold.speaker)))];
  const another = (rows: readonly Row[]) => voices(rows).some((s) => !same(s, row.gold.speaker) && rightFor(row.got, row.gold, s));
  const inStretch = voices(stretch);
  if (inStretch.length === 2 && another(stretch)) {
    const other = (s: string) => inStretch.find((x) => !same(x, s))!;
    if (stretch.every((r) => rightFor(r.got, r.gold, other(r.gold.speaker)))) return 'the other of the two: the whole stretch swapped (phase wrong)';
    return 'the other of the two: the stretch partly right';
  }
  if (another(stretch)) return 'another voice of the stretch (three or more)';
  if (another(conversation)) {
    if (inStretch.length === 1 && stretch.every((r) => !r.right)) return 'the other of the conversation: a stretch of one voice, all given another (phase wrong)';
    return 'a voice of the conversation outside the stretch';
  }
  if (another(around)) return 'a voice of a conversation within 3 paragraphs';
  return 'someone who does not speak nearby';
}

function tally(dirs: readonly string[], list: boolean): void {
  const counts = new Map<string, number>();
  let wrong = 0;
  let uncued = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.quotes.json')).sort()) {
      const rows = rowsOf(dir, file);
      const conversations = runs(rows, false);
      for (const stretch of runs(rows, true)) {
        uncued += stretch.length;
        const conversation = conversations.find((c) => c.includes(stretch[0]))!;
        const [first, last] = [conversation[0].paragraph - 3, conversation[conversation.length - 1].paragraph + 3];
        const around = rows.filter((r) => r.paragraph >= first && r.paragraph <= last);
        for (const row of stretch) {
          if (row.right) continue;
          wrong++;
          const kind = classify(stretch, conversation, around, row);
          counts.set(kind, (counts.get(kind) ?? 0) + 1);
          if (list) console.log(`${file} @${row.gold.start}: ${kind}; gold ${flat(row.gold.speaker)}, got ${row.got}, stretch of ${stretch.length}`);
          if (list && kind.includes('phase') && row === stretch.find((r) => !r.right)) {
            for (const r of conversation) console.log(`    ${r === row ? '>' : ' '} p${r.paragraph} ${r.uncued ? '  ' : 'C '}${r.right ? 'ok ' : 'BAD'} gold ${flat(r.gold.speaker)} / got ${r.got}`);
          }
        }
      }
    }
  }
  console.log(`${wrong} wrong of ${uncued} uncued quotations in uncued stretches`);
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${kind}`);
}

/**
 * Between two cued turns of a conversation, a stretch of uncued turns the engine gave only the two anchors' speakers:
 * how many of its quotations the engine gets right, against strict alternation run forward from the cue before and
 * backward from the cue after.
 */
function simulate(dirs: readonly string[]): void {
  const cast = { quotes: 0, engine: 0, alternation: 0, none: 0 };
  const opening = { quotes: 0, engine: 0, even: 0, evenEngine: 0, evenBackward: 0, odd: 0, oddGivenAnchor: 0, oddGivenAnchorWrong: 0 };
  const tallies = { stretches: 0, quotes: 0, engine: 0, forward: 0, backward: 0, clash: 0, clashQuotes: 0, clashEngine: 0, clashForward: 0, clashBackward: 0 };
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.quotes.json')).sort()) {
      const rows = rowsOf(dir, file);
      for (const conversation of runs(rows, false)) {
        const paragraphs = [...new Set(conversation.map((r) => r.paragraph))].map((p) => conversation.filter((r) => r.paragraph === p));
        const cued = paragraphs.map((rs) => !rs.every((r) => r.uncued));
        // An uncued turn given someone no cued turn of a two-voice conversation gave: the other of its neighbour.
        const voices = [...new Set(paragraphs.filter((_, j) => cued[j]).map((rs) => rs.find((r) => !r.uncued)!.got).filter((g): g is string => !!g))];
        if (voices.length === 2) {
          for (const [j, rs] of paragraphs.entries()) {
            if (cued[j]) continue;
            const got = rs[0].got;
            if (got && voices.includes(got)) continue;
            const near = [paragraphs[j - 1]?.[paragraphs[j - 1].length - 1].got, paragraphs[j + 1]?.[0].got].find((g) => !!g && voices.includes(g));
            const guess = near ? voices.find((v) => v !== near)! : null;
            for (const r of rs) {
              cast.quotes++;
              if (r.right) cast.engine++;
              if (guess && rightFor(guess, r.gold, r.gold.speaker)) cast.alternation++;
              if (!got) cast.none++;
            }
          }
        }
        // Uncued turns opening the conversation, before its first cue: alternation run backward from that cue.
        const firstCue = cued.indexOf(true);
        if (firstCue > 0) {
          const right = paragraphs[firstCue].find((r) => !r.uncued)!.got;
          for (let j = 0; j < firstCue && right; j++) {
            const even = (firstCue - j) % 2 === 0;
            for (const r of paragraphs[j]) {
              opening.quotes++;
              if (r.right) opening.engine++;
              if (even) {
                opening.even++;
                if (r.right) opening.evenEngine++;
                if (rightFor(right, r.gold, r.gold.speaker)) opening.evenBackward++;
              } else {
                opening.odd++;
                if (r.got === right) {
                  opening.oddGivenAnchor++;
                  if (!rightFor(right, r.gold, r.gold.speaker)) opening.oddGivenAnchorWrong++;
                }
              }
            }
          }
        }
        for (let a = 0; a < paragraphs.length; a++) {
          if (!cued[a]) continue;
          let b = a + 1;
          while (b < paragraphs.length && !cued[b]) b++;
          if (b >= paragraphs.length || b === a + 1) continue;
          if (a === 0 && !cued[0]) continue;
          const left = paragraphs[a].find((r) => !r.uncued)!.got;
          const right = paragraphs[b].find((r) => !r.uncued)!.got;
          const between = paragraphs.slice(a + 1, b);
          if (!left || !right) continue;
          // Two anchors of one speaker an odd number of turns apart (or two an even number apart) cannot alternate.
          const k = between.length;
          const clash = (left === right) !== ((k + 1) % 2 === 0);
          const other = left === right ? null : right;
          if (!other && !between.some((rs) => rs[0].got && rs[0].got !== left)) continue;
          const second = other ?? between.find((rs) => rs[0].got && rs[0].got !== left)![0].got!;
          if (!between.every((rs) => rs.every((r) => r.got === left || r.got === second))) continue;
          const swap = (s: string) => (s === left ? second : left);
          tallies.stretches++;
          if (clash) tallies.clash++;
          for (const [j, rs] of between.entries()) {
            const forward = j % 2 === 0 ? swap(left) : left;
            const backward = (k - j) % 2 === 1 ? swap(right) : right;
            for (const r of rs) {
              const add = (key: 'quotes' | 'engine' | 'forward' | 'backward', ok: boolean) => {
                if (!ok) return;
                tallies[key]++;
                if (clash) tallies[`clash${key[0].toUpperCase()}${key.slice(1)}` as 'clashQuotes']++;
              };
              add('quotes', true);
              add('engine', r.right);
              add('forward', rightFor(forward, r.gold, r.gold.speaker));
              add('backward', rightFor(backward, r.gold, r.gold.speaker));
            }
          }
        }
      }
    }
  }
  console.log(tallies, opening, cast);
}

const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (args[i - 1] === '--dir' ? [a] : []));
if (args.includes('--simulate')) simulate(dirs);
else tally(dirs, args.includes('--list'));
