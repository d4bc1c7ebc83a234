import { Corpus } from '../../../server/src/engine/corpus/corpus';
import type { Retriever } from '../../../server/src/engine/index/retriever';
import type { Format } from '../../../server/src/engine/types';

/** A corpus over the given sources with a retriever that finds nothing: enough for helpers that walk corpus.all(). */
export function corpusOf(sources: Record<string, string>, format: Format = 'plaintext'): Corpus {
  const retriever: Retriever = { set: () => undefined, delete: () => undefined, search: () => [] };
  const corpus = new Corpus(retriever);
  for (const [id, text] of Object.entries(sources)) corpus.upsert({ id, text, format });
  return corpus;
}
