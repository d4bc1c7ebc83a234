import type { Quotation } from '../types';
import { vocativesIn } from './dialogue';

// "When the master wrote for you he said to me, ‘Let her come, Fenwick.’ And you are young.": words a speaker quotes
// are the quoted one's, said to whoever they spoke to then. A name they call is not one the speaker calls, and the
// speaker's own words, where a turn's vocatives are read, leave them out. Told by another, the words were said to the
// speaker, and the name they call is the speaker's own ("Tam keeps saying, ‘It’s only a handshake, Idris.’"); told by
// the speaker ("I said to him, ‘Go home, Jack.’"), it is someone else's.

/** Words that make the speaker the one who said the words they quote: "I said to him, ‘…’", "says I, ‘…’". */
const SPEAKER_SAID = /\b(?:I\s+(?:\p{L}+\s+)?(?:said|say|says|saying|told|tell|telling|asked|ask|asking|called|cried|shouted|answered|replied)|(?:said|says|say)\s+I)\b[^.!?]*$/iu;

export interface QuotedWithin {
  /** A top-level quotation's words (as given) with the quotations one level down blanked, offsets kept. */
  ownWords(index: number, words: string): string;
  /** The names words quoted within a top-level quotation call, when another said them to its speaker. */
  callsToSpeaker(index: number, words: string): string[];
}

export function quotedWithin(quotations: readonly Quotation[]): QuotedWithin {
  const tops = quotations.map((_, i) => i).filter((i) => quotations[i].depth === 0).sort((a, b) => quotations[a].outer.start - quotations[b].outer.start);
  const inside = new Map<number, Quotation[]>();
  for (const q of quotations) {
    if (q.depth !== 1) continue;
    // The last top-level quotation opening before it holds it, when it closes around it.
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotations[tops[mid]].outer.start <= q.outer.start) lo = mid + 1;
      else hi = mid;
    }
    const parent = tops[lo - 1];
    const p = quotations[parent];
    if (!p || p.inner.start > q.outer.start || q.outer.end > p.inner.end) continue;
    const list = inside.get(parent);
    if (list) list.push(q);
    else inside.set(parent, [q]);
  }
  const spans = (index: number) => (inside.get(index) ?? []).map((q) => [q.outer.start - quotations[index].inner.start, q.outer.end - quotations[index].inner.start, q.inner.start - quotations[index].inner.start, q.inner.end - quotations[index].inner.start]);
  return {
    ownWords(index, words) {
      // Blanked with a dash, so the words either side are not read as one phrase ("…to me, — And you are young.").
      for (const [from, to] of spans(index)) words = words.slice(0, from) + '—'.padEnd(to - from) + words.slice(to);
      return words;
    },
    callsToSpeaker(index, words) {
      return spans(index).filter(([from]) => !SPEAKER_SAID.test(words.slice(0, from))).flatMap(([, , start, end]) => vocativesIn(words.slice(start, end)));
    },
  };
}
