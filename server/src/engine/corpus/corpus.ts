import { analyzeDocument } from '../analyze';
import type { Retriever } from '../index/retriever';
import { tokenize } from '../text/tokenize';
import type { DocumentAnalysis, SourceDocument, SourceMeta, Token } from '../types';
import { readFrontMatter } from './frontMatter';

/** A source document read once: its analysis (quotations, speakers), its words and its metadata. */
export interface SourceModel {
  readonly doc: SourceDocument;
  readonly meta: SourceMeta;
  readonly analysis: DocumentAnalysis;
  readonly tokens: readonly Token[];
}

/** The sources a draft is checked against. Pure: the loader (LSP or CLI) reads files and hands their text here. */
export class Corpus {
  private readonly models = new Map<string, SourceModel>();
  private revision = 0;

  constructor(readonly retriever: Retriever) {}

  /** Bumped by every change, so results computed against an older corpus can be told apart. */
  get version(): number {
    return this.revision;
  }

  upsert(doc: SourceDocument): SourceModel {
    const { meta, bodyStart } = readFrontMatter(doc.text);
    const analysis = analyzeDocument(doc.text, doc.format);
    const tokens = tokenize(analysis.view.text, { start: bodyStart, end: doc.text.length });
    const model: SourceModel = { doc, meta, analysis, tokens };
    this.models.set(doc.id, model);
    this.retriever.set(doc.id, tokens.map((t) => t.norm));
    this.revision++;
    return model;
  }

  delete(id: string): void {
    if (this.models.delete(id)) {
      this.retriever.delete(id);
      this.revision++;
    }
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
}
