import { foldedHash } from '../text/tokenize';

/**
 * A normalised word as the index stores it: a 31-bit hash of its code units, the same in every index and every run,
 * so a document's words can be cached and reused without a shared vocabulary. Two words may share a hash (about one
 * pair in 2^31): the index then offers a passage that alignment, which compares the words themselves, rejects.
 */
export function wordHash(normalized: string): number {
  return finishWordHash(foldedHash(normalized, 0, normalized.length));
}

/** The word hash of a word whose foldedHash is known (scanWords computes it while reading a plain word). */
export function finishWordHash(folded: number): number {
  // A mix, so every code unit reaches every bit; 31 bits: a small integer for V8 (a uint32 above 2^31 would be boxed
  // in a heap number on every call), and never the index's sentinel.
  let h = folded;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h & 0x7fffffff;
}
