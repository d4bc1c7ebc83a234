import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { formatForPath } from '../../server/src/engine/formats/index';
import { KGramIndex } from '../../server/src/engine/index/kgramIndex';
import type { Fix } from '../../server/src/engine/types';

export const repoRoot = path.resolve(__dirname, '../../..');

/** A corpus of every file in a folder, named as the loader names them (relative path, forward slashes). */
export function corpusFromFolder(folder: string): Corpus {
  const corpus = new Corpus(new KGramIndex());
  for (const name of fs.readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (!fs.statSync(file).isFile()) continue;
    const text = fs.readFileSync(file, 'utf8');
    corpus.upsert({ id: `sources/${name}`, text, format: formatForPath(file, text) });
  }
  return corpus;
}

/** The text after a fix's edits (applied from the end, so earlier offsets stay valid). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}
