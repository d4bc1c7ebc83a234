import { diff_match_patch } from 'diff-match-patch';
import Fuse from 'fuse.js';
import type { Article } from './generate';

// The alternatives the index is measured against, each answering "where is this quote?" with a document or null.

export interface Locator {
  readonly name: string;
  locate(quote: string): string | null;
}

/** fuse.js (Bitap fuzzy search) over every sentence of every article. */
export function fuseOverSentences(articles: readonly Article[]): Locator {
  const sentences = articles.flatMap((a) => a.text.split(/(?<=[.!?”])\s+/).map((text) => ({ id: a.id, text })));
  const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  return {
    name: 'fuse.js over sentences',
    locate: (quote) => fuse.search(quote, { limit: 1 })[0]?.item.id ?? null,
  };
}

/** diff-match-patch match_main (Bitap, 32-character patterns) run on each document in turn; first match wins. */
export function matchMainPerDocument(articles: readonly Article[]): Locator {
  const dmp = new diff_match_patch();
  dmp.Match_Distance = 1e6; // a quote can stand anywhere in a document
  dmp.Match_Threshold = 0.3;
  return {
    name: 'diff-match-patch match_main per document',
    locate: (quote) => {
      const pattern = quote.slice(0, dmp.Match_MaxBits);
      for (const a of articles) if (dmp.match_main(a.text, pattern, 0) >= 0) return a.id;
      return null;
    },
  };
}

/** A straightforward index: a Map from "w1 w2 w3" to its [document, position] postings, then word edit distance. */
export function naiveTrigramMap(articles: readonly Article[], tokenize: (text: string) => string[]): Locator & { readonly build: () => void } {
  const docs: string[][] = [];
  const grams = new Map<string, number[]>();
  const build = () => {
    articles.forEach((a, d) => {
      const words = tokenize(a.text);
      docs.push(words);
      for (let i = 0; i + 3 <= words.length; i++) {
        const key = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
        const list = grams.get(key);
        if (list) list.push(d, i);
        else grams.set(key, [d, i]);
      }
    });
  };
  return {
    name: 'word 3-gram Map + word edit distance',
    build,
    locate: (quote) => {
      const q = tokenize(quote);
      const votes = new Map<string, number>();
      for (let i = 0; i + 3 <= q.length; i++) {
        const list = grams.get(`${q[i]} ${q[i + 1]} ${q[i + 2]}`) ?? [];
        for (let p = 0; p < list.length; p += 2) {
          const key = `${list[p]}:${list[p + 1] - i}`;
          votes.set(key, (votes.get(key) ?? 0) + 1);
        }
      }
      let best: { id: string; similarity: number } | null = null;
      for (const [key] of [...votes].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
        const [d, at] = key.split(':').map(Number);
        const window = docs[d].slice(Math.max(0, at - 5), at + q.length + 5);
        const similarity = 1 - semiGlobalDistance(q, window) / q.length;
        if (!best || similarity > best.similarity) best = { id: articles[d].id, similarity };
      }
      return best && best.similarity >= 0.6 ? best.id : null;
    },
  };
}

/** Word edit distance of the whole quote against the best-matching stretch of the window. */
function semiGlobalDistance(quote: readonly string[], window: readonly string[]): number {
  let previous = new Array<number>(window.length + 1).fill(0);
  for (let i = 1; i <= quote.length; i++) {
    const current = [i];
    for (let j = 1; j <= window.length; j++) {
      current[j] = Math.min(previous[j - 1] + (quote[i - 1] === window[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}
