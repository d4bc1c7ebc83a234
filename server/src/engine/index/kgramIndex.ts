import type { RetrievalHit, Retriever } from './retriever';
import { runSteps, type Steps } from '../steps';
import { scanWords, normalizeWord } from '../text/tokenize';
import type { Span } from '../types';
import { K, Segment, type SegmentDoc, type SegmentTables } from './segment';
import { finishWordHash, wordHash } from './wordHash';

export interface KGramIndexOptions {
  /**
   * A gram with more postings than this is skipped (boilerplate, templates, a phrase in every syndicated copy): the
   * quote's rarer grams place it. If a quote has fewer than two grams under the cap, its rarest ones are used anyway.
   */
  readonly commonGramCap: number;
}

// 128 keeps syndicated copies and one-word variants (a few to a few dozen postings) and skips phrases of templates and
// topic boilerplate; at 20,000 articles it searches ~3.5× faster than 512 with the same recall in the benchmark.
const DEFAULTS: KGramIndexOptions = { commonGramCap: 128 };
/** Votes whose diagonals differ by at most this many words belong to one passage (a few added or dropped words). */
const BAND = 3;
/** Quotes shorter than this also vote with word pairs, so one changed word does not leave them without a vote. */
const PAIR_VOTES_BELOW = 6;
/** Pair votes count half a triple vote: they are less specific. */
const PAIR_WEIGHT = 0.5;
/** Votes are packed as diagonal × SCALE + gram number into one float, so a native sort groups them. */
const SCALE = 8192;
const MAX_QUERY = SCALE / 2;
/** Shift keeping packed diagonals non-negative (a diagonal is ≥ −MAX_QUERY). */
const DIAG_BIAS = MAX_QUERY;
/**
 * Words of a chunk of pending words: documents are written end to end into chunks, never moved once written (a chunk
 * is dropped once its documents are in a segment), so there is no doubling array to copy again and again.
 */
const CHUNK_WORDS = 1 << 20;
const FIRST_CHUNK_WORDS = 4096;
/** Newest segments are merged while the one before is at most this many times larger: O(log n) segments. */
const MERGE_RATIO = 4;

/**
 * The in-memory Retriever: word k-grams (k = 3) in bucketed CSR tables, searched by voting along diagonals
 * (document position − quote position), with a word table for one- and two-word quotes and word-pair votes for short
 * ones. Documents live in immutable segments; a changed document is tombstoned and re-added in a fresh segment, and
 * segments are merged (log-structured) or compacted once half dead, so an edit re-indexes only that document.
 */
export class KGramIndex implements Retriever {
  /** Per document number: its id while alive. A new version of a document gets a new number. */
  private readonly idOf: (string | undefined)[] = [];
  private readonly segmentOf: (Segment | undefined)[] = [];
  private readonly numOf = new Map<string, number>();
  /**
   * Documents added since the last search: their words, in a chunk (set, setText) or in the array they were given in
   * (setIndexedWords keeps it rather than copy it).
   */
  private readonly pending = new Map<number, Uint32Array>();
  /** The chunk words are written into, how much of it is written, and where the document being written starts. */
  private chunk = new Uint32Array(0);
  private chunkSize = 0;
  private docStart = 0;
  private segments: Segment[] = [];
  /** Tables a cache kept, offered to the next flush (see offerTables). */
  private offered: SegmentTables | undefined;
  private readonly options: KGramIndexOptions;
  /**
   * Search buffers, kept between searches: votes, the runs of nearby diagonals they form (end, score), and per gram
   * the run it last voted in.
   */
  private votes: Float64Array = new Float64Array(1024);
  private runEnds: Int32Array = new Int32Array(256);
  private runScores: Float64Array = new Float64Array(256);
  private gramSeen: Int32Array = new Int32Array(64);

  constructor(options: Partial<KGramIndexOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  set(docId: string, words: readonly string[]): void {
    this.docStart = this.chunkSize;
    for (const word of words) this.push(wordHash(word));
    this.add(docId, this.chunk.subarray(this.docStart, this.chunkSize));
  }

  /** Reads the words of text's span as tokenize does, hashing plain words as they are scanned (no strings). */
  setText(docId: string, text: string, span: Span): void {
    this.docStart = this.chunkSize;
    scanWords(text, span, (from, to, plain, folded) => this.push(plain ? finishWordHash(folded) : wordHash(normalizeWord(text.slice(from, to)))));
    this.add(docId, this.chunk.subarray(this.docStart, this.chunkSize));
  }

  /** Adds a document's words as indexedWords gave them; the array is kept until the next flush, so it must not change. */
  setIndexedWords(docId: string, words: Uint32Array): void {
    this.add(docId, words);
  }

  indexedWords(docId: string): Uint32Array | undefined {
    const num = this.numOf.get(docId);
    if (num === undefined) return undefined;
    const pending = this.pending.get(num);
    if (pending) return pending.slice();
    return this.segmentOf[num]!.docWords(num).slice();
  }

  /**
   * Tables kept from a previous run (see tables()): a flush adopts them instead of building once the index holds
   * exactly the documents they index, in the same order. Flushes before that (a partial load searched early) build as
   * usual; the offer lasts until adopted, refuted (the same number of words, other words) or withdrawn (undefined).
   */
  offerTables(tables: SegmentTables | undefined): void {
    this.offered = tables;
  }

  /**
   * The index's tables, built in full, for a cache to keep and offer to a later run; undefined unless one segment
   * holds every document and no dead ones (after edits, the next full load builds and keeps them again).
   */
  tables(): SegmentTables | undefined {
    return this.wholeSegment()?.tables();
  }

  /** Whether tables() would give tables, without building them. */
  get hasTables(): boolean {
    return this.wholeSegment() !== undefined;
  }

  /** Whether the index searches these tables (a cache's, adopted). */
  uses(tables: SegmentTables): boolean {
    return this.wholeSegment()?.uses(tables) ?? false;
  }

  private wholeSegment(): Segment | undefined {
    this.flush();
    const only = this.segments[0];
    return this.segments.length === 1 && only.deadWords === 0 ? only : undefined;
  }

  /**
   * Readies the index for searches of these queries: tables not built yet gather what they need in one pass over
   * the words (see Segment), so a first check runs before the full tables, which complete() then builds.
   */
  prepare(queries: () => readonly (readonly string[])[]): void {
    this.flush();
    if (this.segments.every((segment) => segment.complete)) return;
    const hashed = queries().map((words) => Uint32Array.from(words.slice(0, MAX_QUERY), wordHash));
    for (const segment of this.segments) segment.prepare(hashed, this.options.commonGramCap);
  }

  /** Builds every table not built yet, so that later searches find them ready. */
  complete(): void {
    runSteps(this.completeInSteps());
  }

  /**
   * complete() a few milliseconds at a time (a server does this when idle). Searches meanwhile are served as before
   * the build, and one that needs a table not ready finishes its segment's build at once.
   */
  *completeInSteps(): Steps<void> {
    for (;;) {
      this.flush();
      const segment = this.segments.find((s) => !s.complete);
      if (!segment) return;
      // A segment merged or compacted away meanwhile is left: its successor is built instead.
      while (this.segments.includes(segment) && segment.buildStep()) yield;
    }
  }

  /** Whether every table is built. */
  get completed(): boolean {
    return this.pending.size === 0 && this.segments.every((segment) => segment.complete);
  }

  private push(hash: number): void {
    if (this.chunkSize === this.chunk.length) this.nextChunk();
    this.chunk[this.chunkSize++] = hash;
  }

  /**
   * A fresh chunk, holding the words of the document being written so far: twice the last one's size up to
   * CHUNK_WORDS (a small index stays small), and room for a document longer than that.
   */
  private nextChunk(): void {
    const begun = this.chunk.subarray(this.docStart, this.chunkSize);
    this.chunk = new Uint32Array(Math.max(Math.min(CHUNK_WORDS, 2 * this.chunk.length || FIRST_CHUNK_WORDS), 2 * begun.length));
    this.chunk.set(begun);
    this.chunkSize = begun.length;
    this.docStart = 0;
  }

  /** The document's new version: its words. */
  private add(docId: string, words: Uint32Array): void {
    this.delete(docId);
    const num = this.idOf.length;
    this.idOf.push(docId);
    this.segmentOf.push(undefined);
    this.numOf.set(docId, num);
    this.pending.set(num, words);
  }

  delete(docId: string): void {
    const num = this.numOf.get(docId);
    if (num === undefined) return;
    this.numOf.delete(docId);
    this.idOf[num] = undefined;
    if (this.pending.delete(num)) return;
    const segment = this.segmentOf[num]!;
    this.segmentOf[num] = undefined;
    segment.deadWords += segment.docWords(num).length;
    if (segment.deadWords * 2 > segment.wordCount) this.replaceSegment(segment, this.rebuild(segment.liveDocs(this.isLive)));
  }

  search(words: readonly string[], limit: number, minShare = 0): RetrievalHit[] {
    this.flush();
    const query = new Uint32Array(Math.min(words.length, MAX_QUERY));
    for (let i = 0; i < query.length; i++) query[i] = wordHash(words[i]);
    if (limit <= 0 || query.length === 0) return [];
    const hits: RetrievalHit[] = [];
    for (const segment of this.segments) {
      if (query.length < K) this.exactShort(segment, query, limit - hits.length, hits);
      else this.vote(segment, query, minShare, hits);
    }
    return best(hits, limit);
  }

  /** Bytes held by the index's arrays. */
  get byteSize(): number {
    let bytes = 0;
    for (const s of this.segments) bytes += s.byteSize;
    for (const words of this.pending.values()) bytes += words.byteLength;
    return bytes;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  private readonly isLive = (num: number): boolean => this.idOf[num] !== undefined;

  /**
   * Pending documents become one segment, laid out together with the newest segments of similar size (which it would
   * be merged with at once: one build instead of two); its tables are built when first needed. A search flushes
   * first; a loader may flush once it has added all.
   */
  flush(): void {
    if (this.pending.size === 0) return;
    let docs: SegmentDoc[] = [...this.pending].map(([num, words]) => ({ num, words }));
    if (this.offered && this.adoptOffered(docs)) return;
    let words = docs.reduce((sum, d) => sum + d.words.length, 0);
    while (this.segments.length > 0 && this.segments[this.segments.length - 1].liveWords <= MERGE_RATIO * words) {
      const newest = this.segments.pop()!;
      docs = [...newest.liveDocs(this.isLive), ...docs];
      words += newest.liveWords;
    }
    this.segments.push(this.rebuild(docs));
    this.clearPending();
  }

  /** Every live document becomes the one segment of the offered tables, if they fit. */
  private adoptOffered(pendingDocs: SegmentDoc[]): boolean {
    const offered = this.offered!;
    let words = 0;
    for (const segment of this.segments) words += segment.liveWords;
    for (const d of pendingDocs) words += d.words.length;
    if (words !== offered.unigrams.postings.length) return false; // not all there yet, or other documents: no layout to compare
    this.offered = undefined;
    const docs = [...this.segments.flatMap((segment) => segment.liveDocs(this.isLive)), ...pendingDocs];
    const adopted = Segment.adopt(docs, offered);
    if (!adopted) return false;
    for (const d of docs) this.segmentOf[d.num] = adopted;
    this.segments = [adopted];
    this.clearPending();
    return true;
  }

  private clearPending(): void {
    this.pending.clear();
    this.chunk = new Uint32Array(0);
    this.chunkSize = 0;
    this.docStart = 0;
  }

  private rebuild(docs: SegmentDoc[]): Segment {
    const segment = Segment.build(docs);
    for (const d of docs) this.segmentOf[d.num] = segment;
    return segment;
  }

  private replaceSegment(old: Segment, fresh: Segment): void {
    const at = this.segments.indexOf(old);
    if (fresh.docNums.length === 0) this.segments.splice(at, 1);
    else this.segments[at] = fresh;
  }

  private exactShort(segment: Segment, query: Uint32Array, room: number, hits: RetrievalHit[]): void {
    if (room <= 0) return;
    const positions: number[] = [];
    segment.collect(query, 0, query.length, Infinity, positions);
    for (const p of positions) {
      if (room <= 0) return;
      const d = segment.docAt(p);
      const docId = this.idOf[segment.docNums[d]];
      if (docId === undefined) continue;
      const start = p - segment.docStarts[d];
      hits.push({ docId, wordStart: start, wordEnd: start + query.length, score: query.length });
      room--;
    }
  }

  /**
   * Every usable gram votes for the diagonals it occurs on; runs of nearby diagonals become passages, those scoring
   * at least minShare of the segment's best (the caller's cut is against the best of all: never above this one).
   */
  private vote(segment: Segment, query: Uint32Array, minShare: number, hits: RetrievalHit[]): void {
    const n = query.length;
    const positions: number[] = [];
    let count = 0;
    const cast = (gram: number, offset: number) => {
      if (count + positions.length > this.votes.length) this.votes = grown(this.votes, count + positions.length);
      for (const p of positions) this.votes[count++] = (p - offset + DIAG_BIAS) * SCALE + gram;
      positions.length = 0;
    };
    const skipped: number[] = [];
    let used = 0;
    for (let i = 0; i + K <= n; i++) {
      if (!segment.collect(query, i, K, this.options.commonGramCap, positions)) skipped.push(i);
      else if (positions.length > 0) used++;
      cast(i, i);
    }
    if (used < 2 && skipped.length > 0) {
      skipped.sort((a, b) => segment.cost(query, a, K) - segment.cost(query, b, K));
      for (const i of skipped.slice(0, 2 - used)) {
        segment.collect(query, i, K, Infinity, positions);
        cast(i, i);
      }
    }
    if (n < PAIR_VOTES_BELOW || count === 0) {
      for (let i = 0; i + 2 <= n; i++) {
        segment.collect(query, i, 2, this.options.commonGramCap, positions);
        cast(n + i, i);
      }
    }
    if (count > 0) this.passages(segment, this.votes.subarray(0, count).sort(), n, minShare, hits);
  }

  private passages(segment: Segment, votes: Float64Array, n: number, minShare: number, hits: RetrievalHit[]): void {
    // First the runs and their scores (the number of distinct grams voting), then a passage for each run that scores
    // enough: looking up a run's document is the costly part, and most runs are single chance votes.
    if (this.runEnds.length < votes.length) this.runEnds = new Int32Array(Math.max(votes.length, 2 * this.runEnds.length));
    if (this.runScores.length < votes.length) this.runScores = grown(this.runScores, votes.length);
    if (this.gramSeen.length < 2 * n) this.gramSeen = new Int32Array(Math.max(2 * n, 2 * this.gramSeen.length));
    const seen = this.gramSeen.fill(-1, 0, 2 * n);
    let runs = 0;
    let best = 0;
    let first = 0;
    for (let v = 1; v <= votes.length; v++) {
      if (v < votes.length && Math.floor(votes[v] / SCALE) - Math.floor(votes[v - 1] / SCALE) <= BAND) continue;
      let score = 0;
      for (let u = first; u < v; u++) {
        const gram = votes[u] % SCALE;
        if (seen[gram] === first) continue;
        seen[gram] = first;
        score += gram < n ? 1 : PAIR_WEIGHT;
      }
      this.runEnds[runs] = v;
      this.runScores[runs++] = score;
      best = Math.max(best, score);
      first = v;
    }
    // A dead document's run may be the best, so with any in the segment every run is looked up.
    const least = segment.deadWords === 0 ? minShare * best : 0;
    first = 0;
    for (let r = 0; r < runs; r++) {
      const v = this.runEnds[r];
      const score = this.runScores[r];
      if (score >= least) {
        const lo = Math.floor(votes[first] / SCALE) - DIAG_BIAS;
        const hi = Math.floor(votes[v - 1] / SCALE) - DIAG_BIAS;
        const anchor = lo + (votes[first] % SCALE) % n;
        const d = segment.docAt(anchor);
        const docId = this.idOf[segment.docNums[d]];
        if (docId !== undefined) {
          const start = segment.docStarts[d];
          const wordStart = Math.max(lo, start) - start;
          const wordEnd = Math.min(hi + n, segment.docEnd(d)) - start;
          hits.push({ docId, wordStart, wordEnd, score });
        }
      }
      first = v;
    }
  }
}

/** A copy of array with room for at least size numbers. */
function grown(array: Float64Array, size: number): Float64Array {
  const out = new Float64Array(Math.max(size, 2 * array.length));
  out.set(array);
  return out;
}

/** Ranking order: score, then document id and position, so equal scores come out the same on every run. */
function rank(a: RetrievalHit, b: RetrievalHit): number {
  return b.score - a.score || byId(a.docId, b.docId) || a.wordStart - b.wordStart;
}

/**
 * The first limit hits as a stable sort by rank would give them, kept in a short sorted list as they come: a quote
 * found nowhere has a hundred chance hits of equal score, and sorting them all compared their ids a thousand times.
 */
function best(hits: RetrievalHit[], limit: number): RetrievalHit[] {
  if (hits.length <= limit) return hits.sort(rank);
  const top: RetrievalHit[] = [];
  for (const hit of hits) {
    if (top.length === limit && rank(hit, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && rank(hit, top[at - 1]) < 0) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Code-unit order: deterministic and cheap (no locale rules). */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
