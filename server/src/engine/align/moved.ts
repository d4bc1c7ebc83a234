import type { Token } from '../types';
import type { Step } from './align';
import type { QuotePart } from './quoteParts';

/** A stretch of the quote that alignment had to call added, but that stands word for word elsewhere in the window. */
export interface MovedBlock {
  /** Its quote parts [part, part + words), and the source words [from, from + words) it stands as. */
  readonly part: number;
  readonly from: number;
  readonly words: number;
}

/** Shortest moved stretch worth recognising: shorter ones turn up anywhere by chance. */
const MIN_MOVED_WORDS = 3;

/**
 * Reordered clauses: runs of quote words that alignment had to call added or changed, but that stand word for word
 * elsewhere in the window. Alignment keeps order, so a swapped clause shows as changed words; knowing they were moved,
 * not invented, keeps such a quote a (flagged) misquote rather than a quote found nowhere.
 */
export function movedBlocks(parts: readonly QuotePart[], steps: readonly Step[], tokens: readonly Token[]): MovedBlock[] {
  // Moved within the passage: near the words that did align, and not onto them.
  const used = new Uint8Array(tokens.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (const step of steps) {
    if (step.kind !== 'same') continue;
    used[step.src] = 1;
    [lo, hi] = [Math.min(lo, step.src), Math.max(hi, step.src)];
  }
  const reach = parts.length;
  const near = { from: Math.max(0, lo - reach), to: Math.min(tokens.length, hi + 1 + reach) };
  const blocks: MovedBlock[] = [];
  let run: number[] = [];
  const close = () => {
    for (let i = 0; i + MIN_MOVED_WORDS <= run.length; ) {
      const [from, words] = longestAt(run.slice(i).map((p) => (parts[p] as { norm: string }).norm), tokens, near, used);
      if (words >= MIN_MOVED_WORDS) {
        blocks.push({ part: run[i], from, words });
        i += words;
      } else i++;
    }
    run = [];
  };
  for (const step of steps) {
    if (step.kind === 'insert' || step.kind === 'replace') {
      if (run.length > 0 && run[run.length - 1] !== step.part - 1) close();
      run.push(step.part);
    } else if (step.kind !== 'delete') close();
  }
  close();
  return blocks;
}

/** The longest prefix of words standing together, on words not yet aligned, within near: [where, how many]. */
function longestAt(words: readonly string[], tokens: readonly Token[], near: { from: number; to: number }, used: Uint8Array): [number, number] {
  let best: [number, number] = [-1, 0];
  for (let s = near.from; s < near.to; s++) {
    let t = 0;
    while (t < words.length && s + t < near.to && !used[s + t] && tokens[s + t].norm === words[t]) t++;
    if (t > best[1]) best = [s, t];
  }
  return best;
}
