/**
 * A table of positions by key in CSR layout: the postings of key b are postings[offsets[b] .. offsets[b + 1]), in
 * ascending order. Keys are the top bits of a word's or a k-gram's hash, below 2^bits; callers verify
 * a posting against the words themselves, so keys shared by different grams cost a comparison, never a wrong answer.
 */
export interface BucketTable {
  readonly bits: number;
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
}

/** A key that is no key: its position is left out of the table. */
export const NO_KEY = 0xffffffff;

/** A fast 32-bit mix (murmur3 finaliser): spreads k-gram hashes over the buckets. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of a word k-gram: each word multiplied by its own odd constant, mixed once. */
export function gramHash(words: ArrayLike<number>, at: number, k: number): number {
  let h = 0;
  for (let i = 0; i < k; i++) h ^= Math.imul(words[at + i] + 1, MULTIPLIERS[i]);
  return mix32(h);
}

/** gramHash of the 3-gram a b c, written out for the build's loop over every position. */
export function gram3Hash(a: number, b: number, c: number): number {
  return mix32(Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d));
}

const MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];

/** Bits of a key space with about one key per `density` entries (at least 16 keys, at most 2^30). */
export function bitsFor(entries: number, density: number): number {
  return Math.max(4, Math.min(30, Math.ceil(Math.log2(Math.max(1, entries / density)))));
}

/** Work arrays of bucketByEvenKey, as long as the positions bucketed. */
export interface Scratch {
  /** The low half of a key: at most 15 bits. */
  readonly lowKeys: Uint16Array;
  readonly positions: Uint32Array;
}

export function scratchFor(n: number): Scratch {
  return { lowKeys: new Uint16Array(n), positions: new Uint32Array(n) };
}

/**
 * Buckets the positions i with values[i] !== NO_KEY (`count` of them) by the key values[i] >>> shift, in one counting
 * sort: for keys of skewed frequency (words), whose busy streams stay in cache. The offsets may be given, as
 * keyOffsets computed them.
 */
export function bucketBySkewedKey(values: Uint32Array, shift: number, count: number, bits: number, offsets = keyOffsets(values, shift, bits)): BucketTable {
  const cursor = offsets.slice(0, offsets.length - 1);
  const postings = new Uint32Array(count);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== NO_KEY) postings[cursor[value >>> shift]++] = i;
  }
  return { bits, offsets, postings };
}

/** Where each key's postings start in bucketBySkewedKey's table (the counting half of its sort). */
export function keyOffsets(values: Uint32Array, shift: number, bits: number): Uint32Array {
  const offsets = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < values.length; i++) if (values[i] !== NO_KEY) offsets[(values[i] >>> shift) + 1]++;
  for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
  return offsets;
}

/**
 * Buckets the positions i with keys[i] !== NO_KEY (`count` of them) by key, for many evenly spread keys (k-grams).
 * Most significant digit first: one stable scatter by the high half of the key bits into a few thousand sequential
 * streams, then each high bucket (a few thousand entries, cache-resident) is counting-sorted by its low bits, which
 * also gives the offsets. Both steps are stable, so a key's postings stay in position order. Three passes over memory,
 * where one counting sort over millions of keys would write all over it.
 */
export function bucketByEvenKey(keys: Uint32Array, count: number, bits: number, scratch: Scratch): BucketTable {
  const lowBits = bits >>> 1;
  const lowMask = (1 << lowBits) - 1;
  const highs = 1 << (bits - lowBits);
  const next = new Uint32Array(highs + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] !== NO_KEY) next[(keys[i] >>> lowBits) + 1]++;
  for (let h = 1; h <= highs; h++) next[h] += next[h - 1];
  const highStarts = next.slice();
  const { lowKeys, positions } = scratch;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === NO_KEY) continue;
    const at = next[key >>> lowBits]++;
    lowKeys[at] = key & lowMask;
    positions[at] = i;
  }
  const offsets = new Uint32Array((1 << bits) + 1);
  const postings = new Uint32Array(count);
  const cursor = new Uint32Array(lowMask + 1);
  for (let h = 0; h < highs; h++) {
    const from = highStarts[h];
    const to = highStarts[h + 1];
    cursor.fill(0);
    for (let i = from; i < to; i++) cursor[lowKeys[i]]++;
    const base = h << lowBits;
    let at = from;
    for (let low = 0; low <= lowMask; low++) {
      offsets[base + low] = at;
      const size = cursor[low];
      cursor[low] = at;
      at += size;
    }
    for (let i = from; i < to; i++) postings[cursor[lowKeys[i]]++] = positions[i];
  }
  offsets[1 << bits] = count;
  return { bits, offsets, postings };
}

/** The postings of a key: [from, to) into table.postings. */
export function bucketRange(table: BucketTable, key: number): [number, number] {
  return [table.offsets[key], table.offsets[key + 1]];
}

/** The key of a hash of hashBits bits in a table: its top bits. */
export function keyOf(table: BucketTable, hash: number, hashBits: number): number {
  return hash >>> (hashBits - table.bits);
}
