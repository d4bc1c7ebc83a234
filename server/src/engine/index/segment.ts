import { checksum } from './checksum';
import { type BucketTable, bitsFor, bucketByEvenKey, bucketBySkewedKey, bucketRange, gram3Hash, gramHash, keyOf, keyOffsets, NO_KEY, scratchFor } from './buckets';

/** Word k-grams indexed; shorter grams are served by the word table. */
export const K = 3;
/** Postings per k-gram bucket, on average: fewer buckets save memory, more save verification at lookup. */
const GRAMS_PER_BUCKET = 4;
/** Postings per word bucket, on average: news text has a distinct word every 20 to 300 words, so most words have a bucket of their own. */
const WORDS_PER_BUCKET = 64;
/** Word hashes have 31 bits, k-gram hashes 32. */
const WORD_HASH_BITS = 31;
const GRAM_HASH_BITS = 32;
/** Positions per block of the document-by-block table: about one document (530 news words) per block. */
const BLOCK_BITS = 9;
/** Never a word hash (those have 31 bits): separates documents so no gram spans two of them. */
export const SENTINEL = 0xffffffff;

export interface SegmentDoc {
  /** The index's number for this version of the document. */
  readonly num: number;
  readonly words: Uint32Array;
}

/**
 * A segment's two tables with a checksum of the word layout they index: what a cache keeps so that a start with the
 * same documents in the same order adopts them instead of building them again.
 */
export interface SegmentTables {
  readonly layoutChecksum: number;
  readonly grams: BucketTable;
  readonly unigrams: BucketTable;
}

/**
 * What a segment's partial tables hold (see Segment.prepare): the gram table, the postings of the gram keys covered
 * (its other buckets are empty); the word table, every key's offsets (so every word's count) and the postings of the
 * word keys covered.
 */
interface Coverage {
  readonly grams: Uint32Array;
  readonly words: Uint32Array;
  /** Whether the pass gathering them was made: a second would cost a good part of a build, which comes instead. */
  scanned: boolean;
}

/**
 * An immutable batch of documents: their word hashes laid end to end (each document followed by K − 1 sentinels), a
 * table of word k-gram positions and a table of word positions, both bucketed CSR. A changed document never edits a
 * segment: the index tombstones its old number and puts the new version in a new segment.
 *
 * The tables are built when first needed, not with the segment: searches announced by prepare are served by partial
 * tables gathered in two passes over the words (the first check after a start need not wait for a full build), and
 * any other lookup builds them in full first. A partial table holds every posting of the keys it covers, so every
 * answer is the one full tables give.
 */
export class Segment {
  /** Words of dead documents, so the index knows when compaction pays. */
  deadWords = 0;
  /** The checksum of words, once computed (words never change). */
  private layoutChecksum: number | undefined;
  /** Per block of 2^BLOCK_BITS positions: the document holding its first position, so docAt searches a few. */
  private readonly docOfBlock: Uint32Array;
  /** Set while the tables are partial. */
  private coverage: Coverage | null = null;

  private constructor(
    readonly words: Uint32Array,
    /** docStarts[i] is the first position of the i-th document; the last entry is words.length. */
    readonly docStarts: Uint32Array,
    readonly docNums: Uint32Array,
    private grams: BucketTable,
    private unigrams: BucketTable,
    readonly wordCount: number,
  ) {
    this.docOfBlock = new Uint32Array((words.length >>> BLOCK_BITS) + 2);
    let d = 0;
    for (let b = 0; b < this.docOfBlock.length; b++) {
      while (d + 1 < docNums.length && docStarts[d + 1] <= b << BLOCK_BITS) d++;
      this.docOfBlock[b] = d;
    }
  }

  /** The segment of these documents, its tables not built yet (see prepare and completeTables). */
  static build(docs: readonly SegmentDoc[]): Segment {
    const { words, docStarts, docNums, wordCount } = layOut(docs);
    const wordBits = bitsFor(wordCount, WORDS_PER_BUCKET);
    const gramBits = bitsFor(wordCount, GRAMS_PER_BUCKET);
    const segment = new Segment(words, docStarts, docNums, emptyTable(gramBits), emptyTable(wordBits), wordCount);
    segment.coverage = { grams: keySet(gramBits), words: keySet(wordBits), scanned: false };
    return segment;
  }

  /** Whether the tables are built in full. */
  get complete(): boolean {
    return this.coverage === null;
  }

  /** Builds the tables in full, if they are not. */
  completeTables(): void {
    if (!this.coverage) return;
    const words = this.words;
    // The word table is keyed by the top bits of the word hashes themselves (SENTINEL is NO_KEY); a partial one has
    // its offsets already.
    const wordShift = WORD_HASH_BITS - this.unigrams.bits;
    const offsets = this.coverage.scanned ? this.unigrams.offsets : undefined;
    this.unigrams = bucketBySkewedKey(words, wordShift, this.wordCount, this.unigrams.bits, offsets);
    const keys = new Uint32Array(words.length).fill(NO_KEY);
    const grams = gramKeys(words, this.grams.bits, keys);
    this.grams = bucketByEvenKey(keys, grams, this.grams.bits, scratchFor(grams));
    this.coverage = null;
  }

  /**
   * Readies the tables for searches of these queries (word hashes), searched with this cap on a gram's postings (see
   * collect). While the tables are partial: one pass counts every word; a second gathers the postings the searches
   * will read, those of every gram of the queries and of the rarest word of each word pair and short query. A later
   * call needing more builds the tables in full.
   */
  prepare(queries: readonly Uint32Array[], cap: number): void {
    const coverage = this.coverage;
    if (!coverage) return;
    if (!coverage.scanned) {
      this.unigrams = { bits: this.unigrams.bits, offsets: keyOffsets(this.words, WORD_HASH_BITS - this.unigrams.bits, this.unigrams.bits), postings: new Uint32Array(this.wordCount) };
      coverage.scanned = true;
      for (const query of queries) this.cover(query, cap, coverage);
      this.grams = gatherPostings(this.words, this.grams.bits, this.unigrams, coverage);
    } else if (queries.some((query) => this.cover(query, cap, coverage))) {
      this.completeTables();
    }
  }

  /**
   * Adds to coverage the keys whose postings a search of query reads: its grams, and the rarest word of each word pair
   * (unless more common than cap, when collect reads none) and of a query shorter than a gram. True if any was new.
   */
  private cover(query: Uint32Array, cap: number, coverage: Coverage): boolean {
    let more = false;
    for (let i = 0; i + K <= query.length; i++) more = addKey(coverage.grams, keyOf(this.grams, gramHash(query, i, K), GRAM_HASH_BITS)) || more;
    const rarest = (at: number, k: number) => keyOf(this.unigrams, query[at + this.rarestWord(query, at, k)], WORD_HASH_BITS);
    for (let i = 0; i + 2 <= query.length; i++) if (this.cost(query, i, 2) <= cap) more = addKey(coverage.words, rarest(i, 2)) || more;
    if (query.length > 0 && query.length < K) more = addKey(coverage.words, rarest(0, query.length)) || more;
    return more;
  }

  /**
   * The segment of these documents with tables built before (by a previous run, for the same documents in the same
   * order), or null when the tables do not index exactly this word layout: the caller builds instead.
   */
  static adopt(docs: readonly SegmentDoc[], tables: SegmentTables): Segment | null {
    // Adopted tables are complete: coverage stays null.
    const { words, docStarts, docNums, wordCount } = layOut(docs);
    const { grams, unigrams } = tables;
    const fits =
      checksum(words) === tables.layoutChecksum &&
      unigrams.bits === bitsFor(wordCount, WORDS_PER_BUCKET) &&
      grams.bits === bitsFor(wordCount, GRAMS_PER_BUCKET) &&
      unigrams.postings.length === wordCount &&
      [grams, unigrams].every((t) => t.offsets.length === (1 << t.bits) + 1 && t.offsets[1 << t.bits] === t.postings.length);
    if (!fits) return null;
    const segment = new Segment(words, docStarts, docNums, grams, unigrams, wordCount);
    segment.layoutChecksum = tables.layoutChecksum;
    return segment;
  }

  /** The tables (built in full) with the checksum of the layout they index, for a cache. */
  tables(): SegmentTables {
    this.completeTables();
    this.layoutChecksum ??= checksum(this.words);
    return { layoutChecksum: this.layoutChecksum, grams: this.grams, unigrams: this.unigrams };
  }

  /** The documents still alive, for a merge or a compaction. */
  liveDocs(isLive: (num: number) => boolean): SegmentDoc[] {
    const out: SegmentDoc[] = [];
    for (let i = 0; i < this.docNums.length; i++) {
      if (isLive(this.docNums[i])) {
        out.push({ num: this.docNums[i], words: this.words.subarray(this.docStarts[i], this.docStarts[i + 1] - (K - 1)) });
      }
    }
    return out;
  }

  /** The words of the document numbered num, which this segment holds. */
  docWords(num: number): Uint32Array {
    // Numbers only grow, and segments take documents in the order they came: docNums is ascending.
    let lo = 0;
    let hi = this.docNums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.docNums[mid] < num) lo = mid + 1;
      else hi = mid;
    }
    return this.words.subarray(this.docStarts[lo], this.docEnd(lo));
  }

  get liveWords(): number {
    return this.wordCount - this.deadWords;
  }

  /** How many postings a lookup of query[at .. at + k) would scan: an upper bound on the gram's frequency. */
  cost(query: Uint32Array, at: number, k: number): number {
    const [from, to] = this.range(query, at, k);
    return to - from;
  }

  /**
   * Pushes onto out every position where query[at .. at + k) occurs (the position of its first word), scanning at
   * most `cap` postings: returns false, having pushed nothing, when the gram is more common than that.
   */
  collect(query: Uint32Array, at: number, k: number, cap: number, out: number[]): boolean {
    const [from, to] = this.range(query, at, k);
    if (to - from > cap) return false;
    const lead = k >= K ? 0 : this.rarestWord(query, at, k);
    if (k < K && this.coverage && !hasKey(this.coverage.words, keyOf(this.unigrams, query[at + lead], WORD_HASH_BITS))) this.completeTables();
    const postings = k >= K ? this.grams.postings : this.unigrams.postings;
    const words = this.words;
    for (let j = from; j < to; j++) {
      const p = postings[j] - lead;
      let t = 0;
      while (t < k && words[p + t] === query[at + t]) t++;
      if (t === k) out.push(p);
    }
    return true;
  }

  /** The index into docStarts of the document holding position pos. */
  docAt(pos: number): number {
    const block = pos >>> BLOCK_BITS;
    let lo = this.docOfBlock[block];
    let hi = this.docOfBlock[block + 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.docStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** One past the last word of the i-th document. */
  docEnd(i: number): number {
    return this.docStarts[i + 1] - (K - 1);
  }

  get byteSize(): number {
    const arrays = [this.words, this.docStarts, this.docNums, this.docOfBlock, this.grams.offsets, this.grams.postings];
    return [...arrays, this.unigrams.offsets, this.unigrams.postings].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Whether these are the tables in use (adopted from a cache). */
  uses(tables: SegmentTables): boolean {
    return this.grams === tables.grams;
  }

  private range(query: Uint32Array, at: number, k: number): [number, number] {
    if (k < K) return this.wordRange(query[at + this.rarestWord(query, at, k)]);
    const key = keyOf(this.grams, gramHash(query, at, K), GRAM_HASH_BITS);
    if (this.coverage && !hasKey(this.coverage.grams, key)) this.completeTables();
    return bucketRange(this.grams, key);
  }

  /** A word's postings range: its count, in partial tables too, whose postings collect checks before reading them. */
  private wordRange(hash: number): [number, number] {
    if (this.coverage && !this.coverage.scanned) this.completeTables();
    return bucketRange(this.unigrams, keyOf(this.unigrams, hash, WORD_HASH_BITS));
  }

  /** Offset (within the gram) of the word with the fewest postings: short grams are looked up through it. */
  private rarestWord(query: Uint32Array, at: number, k: number): number {
    let best = 0;
    let bestSize = Infinity;
    for (let t = 0; t < k; t++) {
      const [from, to] = this.wordRange(query[at + t]);
      if (to - from < bestSize) {
        best = t;
        bestSize = to - from;
      }
    }
    return best;
  }
}

/** The documents' words end to end, each followed by K − 1 sentinels, with where each starts. */
function layOut(docs: readonly SegmentDoc[]): { words: Uint32Array; docStarts: Uint32Array; docNums: Uint32Array; wordCount: number } {
  let total = 0;
  for (const d of docs) total += d.words.length + K - 1;
  const words = new Uint32Array(total).fill(SENTINEL);
  const docStarts = new Uint32Array(docs.length + 1);
  const docNums = new Uint32Array(docs.length);
  let at = 0;
  docs.forEach((d, i) => {
    docStarts[i] = at;
    docNums[i] = d.num;
    words.set(d.words, at);
    at += d.words.length + K - 1;
  });
  docStarts[docs.length] = total;
  return { words, docStarts, docNums, wordCount: total - docs.length * (K - 1) };
}

function emptyTable(bits: number): BucketTable {
  return { bits, offsets: new Uint32Array((1 << bits) + 1), postings: new Uint32Array(0) };
}

/** A set of keys below 2^bits, one bit a key. */
function keySet(bits: number): Uint32Array {
  return new Uint32Array(((1 << bits) >>> 5) + 1);
}

function hasKey(set: Uint32Array, key: number): boolean {
  return ((set[key >>> 5] >>> (key & 31)) & 1) === 1;
}

/** Adds key to the set; true if it was not there. */
function addKey(set: Uint32Array, key: number): boolean {
  if (hasKey(set, key)) return false;
  set[key >>> 5] |= 1 << (key & 31);
  return true;
}

/**
 * One pass over the words: fills the word table's postings of the covered word keys (its offsets are complete) and
 * returns the gram table of the covered gram keys, each key's postings as the full tables hold them (every position
 * with that key, ascending).
 */
function gatherPostings(words: Uint32Array, gramBits: number, unigrams: BucketTable, coverage: Coverage): BucketTable {
  const gramShift = GRAM_HASH_BITS - gramBits;
  const wordShift = WORD_HASH_BITS - unigrams.bits;
  const wordCursor = unigrams.offsets.slice(0, unigrams.offsets.length - 1);
  const gramKeys: number[] = [];
  const gramPositions: number[] = [];
  let a = SENTINEL;
  let b = SENTINEL;
  for (let p = 0; p < words.length; p++) {
    const c = words[p];
    if (c !== SENTINEL) {
      const wordKey = c >>> wordShift;
      if (hasKey(coverage.words, wordKey)) unigrams.postings[wordCursor[wordKey]++] = p;
      if (a !== SENTINEL && b !== SENTINEL) {
        const gramKey = gram3Hash(a, b, c) >>> gramShift;
        if (hasKey(coverage.grams, gramKey)) {
          gramKeys.push(gramKey);
          gramPositions.push(p - 2);
        }
      }
    }
    a = b;
    b = c;
  }
  // A stable counting sort of the few gram postings keeps each key's positions ascending.
  const offsets = new Uint32Array((1 << gramBits) + 1);
  for (const key of gramKeys) offsets[key + 1]++;
  for (let i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
  const cursor = offsets.slice(0, offsets.length - 1);
  const postings = new Uint32Array(gramKeys.length);
  for (let i = 0; i < gramKeys.length; i++) postings[cursor[gramKeys[i]]++] = gramPositions[i];
  return { bits: gramBits, offsets, postings };
}

/**
 * Writes the key of the k-gram at every position where one starts (K = 3 written out, each word read once: this loop
 * is the bulk of the build) and returns how many there are; positions whose gram would span a sentinel keep NO_KEY.
 */
function gramKeys(words: Uint32Array, bits: number, keys: Uint32Array): number {
  const shift = GRAM_HASH_BITS - bits;
  let count = 0;
  let a = SENTINEL;
  let b = SENTINEL;
  for (let p = 0; p < words.length; p++) {
    const c = words[p];
    if (a !== SENTINEL && b !== SENTINEL && c !== SENTINEL) {
      keys[p - 2] = gram3Hash(a, b, c) >>> shift;
      count++;
    }
    a = b;
    b = c;
  }
  return count;
}
