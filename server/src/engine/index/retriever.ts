import type { Span } from '../types';

/** A passage that may hold the words asked for: a run of word indices in one document. */
export interface RetrievalHit {
  readonly docId: string;
  /** Index of the first and one past the last word of the passage, in the document's token list. */
  readonly wordStart: number;
  readonly wordEnd: number;
  /** Higher is better; comparable only within one search. */
  readonly score: number;
}

/**
 * Candidate retrieval: answers only "where could these words be?". Alignment and classification never look inside
 * it, so an on-disk or remote implementation (SQLite FTS5, OpenSearch) can take its place.
 */
export interface Retriever {
  /** Adds a document's normalised words, or replaces them if the id is known. */
  set(docId: string, words: readonly string[]): void;
  /**
   * Optional: adds a document's words as tokenize reads them from text's span, same result as set with their
   * normalised forms; a store that can intern them straight from the text saves a string per word.
   */
  setText?(docId: string, text: string, span: Span): void;
  /**
   * Optional, with setIndexedWords: a document's words as this retriever stores them, for a cache to keep (see
   * indexPack.ts) and hand back for the same text later, which then needs no tokenizing. The array handed back may be
   * kept as it is: the caller does not change it afterwards.
   */
  indexedWords?(docId: string): Uint32Array | undefined;
  setIndexedWords?(docId: string, words: Uint32Array): void;
  delete(docId: string): void;
  /**
   * Optional: the searches about to come (their normalised words, given when asked for: working them out costs
   * something), so a store can fetch what they need at once (this index: in one pass over its words, before its tables
   * are built; a remote store: in one batched request). Searches not announced are answered all the same.
   */
  prepare?(queries: () => readonly (readonly string[])[]): void;
  /**
   * The best passages for these normalised words, best first, at most limit of them. minShare is a hint: passages
   * scoring under that share of the best may be left out, as the caller drops them anyway.
   */
  search(words: readonly string[], limit: number, minShare?: number): RetrievalHit[];
}
