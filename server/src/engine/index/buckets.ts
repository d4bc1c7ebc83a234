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

/** Buckets the positions by their hashes (hashes[i] belongs to positions[i]). */
export function buildBuckets(hashes: Uint32Array, positions: Uint32Array, density: number): BucketTable {
  const shift = shiftFor(hashes.length, density);
  const offsets = new Uint32Array((1 << (32 - shift)) + 1);
  for (let i = 0; i < hashes.length; i++) offsets[(hashes[i] >>> shift) + 1]++;
  for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
  const postings = new Uint32Array(hashes.length);
  const cursor = offsets.slice(0, offsets.length - 1);
  for (let i = 0; i < hashes.length; i++) postings[cursor[hashes[i] >>> shift]++] = positions[i];
  return { shift, offsets, postings };
}

/** The postings of the bucket the hash falls in: [from, to) into table.postings. */
export function bucketRange(table: BucketTable, hash: number): [number, number] {
  const b = hash >>> table.shift;
  return [table.offsets[b], table.offsets[b + 1]];
}
