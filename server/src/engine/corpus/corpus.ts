import { analyzeDocument } from '../analyze';
import { proseView } from '../formats/index';
import type { Retriever } from '../index/retriever';
import { tokenize } from '../text/tokenize';
import type { DocumentAnalysis, SourceDocument, SourceMeta, Span, Token } from '../types';
import { readFrontMatter } from './frontMatter';

/** A source document: its words, its analysis (quotations, speakers) and its metadata. */
export interface SourceModel {
  readonly doc: SourceDocument;
  readonly meta: SourceMeta;
  readonly analysis: DocumentAnalysis;
  readonly tokens: readonly Token[];
}

/** How many sources keep their words and analysis in memory at once; the rest recompute them when a match needs them. */
const MATERIALIZED_CAPACITY = 512;

/**
 * A source whose words and analysis are computed when first needed and may be dropped again: a large corpus only
 * holds text and index, and only the few sources a draft's quotes land in are ever analysed.
 */
class LazySourceModel implements SourceModel {
  private cachedTokens: Token[] | null = null;
  private cachedAnalysis: DocumentAnalysis | null = null;

  constructor(
    readonly doc: SourceDocument,
    readonly meta: SourceMeta,
    private readonly bodyStart: number,
    private readonly touch: (model: LazySourceModel) => void,
  ) {}

  get tokens(): readonly Token[] {
    this.touch(this);
    this.cachedTokens ??= tokenize(this.proseText(), this.body);
    return this.cachedTokens;
  }

  /** The span of the text after any front matter: the words that are indexed and matched. */
  get body(): Span {
    return { start: this.bodyStart, end: this.doc.text.length };
  }

  /** The text the words are read from: the adapter's prose view (plain text is its own). */
  proseText(): string {
    return this.doc.format === 'plaintext' ? this.doc.text : proseView(this.doc.text, this.doc.format).text;
  }

  get analysis(): DocumentAnalysis {
    this.touch(this);
    this.cachedAnalysis ??= analyzeDocument(this.doc.text, this.doc.format);
    return this.cachedAnalysis;
  }

  release(): void {
    this.cachedTokens = null;
    this.cachedAnalysis = null;
  }
}

/** The sources a draft is checked against. Pure: the loader (LSP or CLI) reads files and hands their text here. */
export class Corpus {
  private readonly models = new Map<string, LazySourceModel>();
  /** Models holding computed words or analysis, least recently used first. */
  private readonly materialized = new Set<LazySourceModel>();
  private revision = 0;

  constructor(readonly retriever: Retriever) {}

  /** Bumped by every change, so results computed against an older corpus can be told apart. */
  get version(): number {
    return this.revision;
  }

  /**
   * Adds or replaces a source. `indexedWords`, if given, are what the retriever's indexedWords gave for exactly this
   * text before (a cache keeps them by content): the text is then not read again to index it.
   */
  upsert(doc: SourceDocument, indexedWords?: Uint32Array): SourceModel {
    this.delete(doc.id);
    const { meta, bodyStart } = readFrontMatter(doc.text);
    const model = new LazySourceModel(doc, meta, bodyStart, (m) => this.touch(m));
    this.models.set(doc.id, model);
    // Straight from the text where the retriever can: no word objects for a source no match has touched yet.
    if (indexedWords && this.retriever.setIndexedWords) this.retriever.setIndexedWords(doc.id, indexedWords);
    else if (this.retriever.setText) this.retriever.setText(doc.id, model.proseText(), model.body);
    else this.retriever.set(doc.id, model.tokens.map((t) => t.norm));
    this.revision++;
    return model;
  }

  delete(id: string): void {
    const model = this.models.get(id);
    if (!model) return;
    this.models.delete(id);
    this.materialized.delete(model);
    this.retriever.delete(id);
    this.revision++;
  }

  /** The retriever's words of a source, for a cache to keep (undefined if it keeps none). */
  indexedWords(id: string): Uint32Array | undefined {
    return this.models.has(id) ? this.retriever.indexedWords?.(id) : undefined;
  }

  get(id: string): SourceModel | undefined {
    return this.models.get(id);
  }

  all(): IterableIterator<SourceModel> {
    return this.models.values();
  }

  get size(): number {
    return this.models.size;
  }

  private touch(model: LazySourceModel): void {
    this.materialized.delete(model);
    this.materialized.add(model);
    if (this.materialized.size <= MATERIALIZED_CAPACITY) return;
    const oldest = this.materialized.values().next().value as LazySourceModel;
    this.materialized.delete(oldest);
    oldest.release();
  }
}
