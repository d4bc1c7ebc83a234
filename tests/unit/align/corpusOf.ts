import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';

/** A corpus over the given texts, indexed by the real KGramIndex. */
export function corpusOf(texts: Record<string, string>): Corpus {
  const corpus = new Corpus(new KGramIndex());
  for (const [id, text] of Object.entries(texts)) corpus.upsert({ id, text, format: 'plaintext' });
  return corpus;
}

/** A corpus over every file of a folder, each named by its file name. */
export function corpusOfFolder(folder: string): Corpus {
  const texts: Record<string, string> = {};
  for (const name of fs.readdirSync(folder).sort()) texts[name] = fs.readFileSync(path.join(folder, name), 'utf8');
  return corpusOf(texts);
}
