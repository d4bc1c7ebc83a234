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
  /**
   * A bit per sketch (see sketchOf) of the quote's words: most window words are not the quote's, and a clear bit says
   * so without the lookup.
   */
  private readonly sketches: number[] = new Array<number>(SKETCH_BITS / 32).fill(0);

  constructor(parts: readonly QuotePart[]) {
    this.parts = new Int32Array(parts.length);
    parts.forEach((part, i) => {
      if (part.kind !== 'word') {
        this.parts[i] = -1;
        return;
      }
      let n = this.numbers.get(part.norm);
      if (n === undefined) this.numbers.set(part.norm, (n = this.counts.push(0) - 1));
      const sketch = sketchOf(part.norm);
      this.sketches[sketch >>> 5] |= 1 << (sketch & 31);
      this.counts[n]++;
      this.parts[i] = n;
    });
    this.words = this.counts.reduce((sum, c) => sum + c, 0);
  }

  /**
   * The words of the window tokens[lo, hi) (all tokens by default) as quote-word numbers (−1: a word the quote lacks),
   * and how many of the quote's words (each time it says them) the window holds somewhere. The codes stand until the
   * next call of any quote's encode.
   */
  encode(tokens: readonly Token[], lo = 0, hi = tokens.length): { codes: Int32Array; present: number } {
    if (buffer.length < hi - lo) buffer = new Int32Array(Math.max(hi - lo, 2 * buffer.length));
    if (seenIn.length < this.counts.length) seenIn = new Int32Array(Math.max(this.counts.length, 2 * seenIn.length));
    if (windowsEncoded === 0x7fffffff) [windowsEncoded, seenIn] = [0, new Int32Array(seenIn.length)];
    const window = ++windowsEncoded;
    const codes = buffer.subarray(0, hi - lo);
    let present = 0;
    for (let j = 0; j < hi - lo; j++) {
      const word = tokens[lo + j].norm;
      const sketch = sketchOf(word);
      const n = (this.sketches[sketch >>> 5] & (1 << (sketch & 31))) === 0 ? -1 : (this.numbers.get(word) ?? -1);
      codes[j] = n;
      if (n >= 0 && seenIn[n] !== window) {
        seenIn[n] = window;
        present += this.counts[n];
      }
    }
    return { codes, present };
  }
}

const SKETCH_BITS = 1024;

/** A cheap summary of a word (its length and first code unit): equal words, equal sketches. */
function sketchOf(word: string): number {
  return (word.length * 31 + (word.charCodeAt(0) | 0)) & (SKETCH_BITS - 1);
}

// Buffers shared by every quote's encode, kept between calls (allocating typed arrays per quote cost more than using
// them): windows are encoded and aligned one at a time. seenIn[n] is the number of the last window holding word n.
let buffer = new Int32Array(0);
let seenIn = new Int32Array(0);
let windowsEncoded = 0;
