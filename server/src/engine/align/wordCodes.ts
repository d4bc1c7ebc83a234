import type { Token } from '../types';
import type { QuotePart } from './quoteParts';

/**
 * A quote's distinct words numbered once, so each candidate window is read in one pass (no set of its words built)
 * and alignment compares small integers instead of strings. Numbers stand for exact words: equal numbers, equal words.
 */
export class WordCodes {
  /** Per quote part: its word's number, or −1 for a mark (ellipsis, bracket). */
  readonly parts: Int32Array;
  /** The quote's word count (marks aside). */
  readonly words: number;
  private readonly numbers = new Map<string, number>();
  /** How many of the quote's words each number stands for. */
  private readonly counts: number[] = [];
  private readonly seen: Uint8Array;
  /** One buffer for every window of the quote: windows are aligned one at a time. */
  private buffer = new Int32Array(0);

  constructor(parts: readonly QuotePart[]) {
    this.parts = new Int32Array(parts.length);
    parts.forEach((part, i) => {
      if (part.kind !== 'word') {
        this.parts[i] = -1;
        return;
      }
      let n = this.numbers.get(part.norm);
      if (n === undefined) this.numbers.set(part.norm, (n = this.counts.push(0) - 1));
      this.counts[n]++;
      this.parts[i] = n;
    });
    this.seen = new Uint8Array(this.counts.length);
    this.words = this.counts.reduce((sum, c) => sum + c, 0);
  }

  /**
   * The window's words as quote-word numbers (−1: a word the quote lacks), and how many of the quote's words (each
   * time it says them) the window holds somewhere. The codes stand until the next call.
   */
  encode(tokens: readonly Token[]): { codes: Int32Array; present: number } {
    if (this.buffer.length < tokens.length) this.buffer = new Int32Array(Math.max(tokens.length, 2 * this.buffer.length));
    const codes = this.buffer.subarray(0, tokens.length);
    this.seen.fill(0);
    let present = 0;
    for (let j = 0; j < tokens.length; j++) {
      const n = this.numbers.get(tokens[j].norm) ?? -1;
      codes[j] = n;
      if (n >= 0 && this.seen[n] === 0) {
        this.seen[n] = 1;
        present += this.counts[n];
      }
    }
    return { codes, present };
  }
}
