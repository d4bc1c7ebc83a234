/**
 * A hash table in CSR layout: the postings of bucket b are postings[offsets[b] .. offsets[b + 1]), in ascending order.
 * Built by counting sort, two passes, no per-key objects. The bucket number is the (implicit, dense) key; callers
 * verify a posting against the words themselves, so colliding keys cost a comparison, never a wrong answer.
 */
export interface BucketTable {
  readonly shift: number;
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
}

/** A fast 32-bit mix (murmur3 finaliser): spreads word ids and k-gram hashes over the buckets. */
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

const MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];

/** Roughly one bucket per `density` keys, a power of two so a bucket is a shift away from its hash. */
function shiftFor(keys: number, density: number): number {
  const bits = Math.max(4, Math.min(30, Math.ceil(Math.log2(Math.max(1, keys / density)))));
  return 32 - bits;
}

/**
 * Buckets the positions by their hashes (hashes[i] belongs to positions[i]). A radix sort in two passes of half the
 * bucket bits each: every pass writes to a few thousand sequential streams, where one counting sort over millions of
 * buckets would write all over memory. Both passes are stable, so a bucket's postings stay in position order.
 */
export function buildBuckets(hashes: Uint32Array, positions: Uint32Array, density: number, scratch: Scratch): BucketTable {
  const n = hashes.length;
  const shift = shiftFor(n, density);
  const bits = 32 - shift;
  const keys = scratch.keys.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = hashes[i] >>> shift;
  const low = bits >>> 1;
  const [lowKeys, lowPositions] = [scratch.otherKeys.subarray(0, n), scratch.values.subarray(0, n)];
  sortByDigit(keys, positions, lowKeys, lowPositions, 0, low);
  const postings = new Uint32Array(n);
  sortByDigit(lowKeys, lowPositions, keys, postings, low, bits - low);
  const offsets = new Uint32Array((1 << bits) + 1);
  let b = 0;
  for (let i = 0; i < n; i++) while (b <= keys[i]) offsets[b++] = i;
  while (b < offsets.length) offsets[b++] = n;
  return { shift, offsets, postings };
}

/**
 * Work arrays for building, at least as long as the positions bucketed: reused across tables, since every large
 * typed array allocated adds external memory that can set off a full collection of the heap.
 */
export interface Scratch {
  readonly keys: Uint32Array;
  readonly otherKeys: Uint32Array;
  readonly values: Uint32Array;
}

export function scratchFor(n: number): Scratch {
  return { keys: new Uint32Array(n), otherKeys: new Uint32Array(n), values: new Uint32Array(n) };
}

/** One stable counting-sort pass on the digit of `width` bits starting at bit `from`, into the given arrays. */
function sortByDigit(keys: Uint32Array, values: Uint32Array, outKeys: Uint32Array, outValues: Uint32Array, from: number, width: number): void {
  const mask = (1 << width) - 1;
  const next = new Uint32Array(mask + 2);
  for (let i = 0; i < keys.length; i++) next[((keys[i] >>> from) & mask) + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let i = 0; i < keys.length; i++) {
    const at = next[(keys[i] >>> from) & mask]++;
    outKeys[at] = keys[i];
    outValues[at] = values[i];
  }
}

/** The postings of the bucket the hash falls in: [from, to) into table.postings. */
export function bucketRange(table: BucketTable, hash: number): [number, number] {
  const b = hash >>> table.shift;
  return [table.offsets[b], table.offsets[b + 1]];
}
