import { findPassages, type PassageMatch } from '../align/match';
import type { Corpus } from '../corpus/corpus';

/** Passages a quote's exact text matched, best first, and the corpus version they were found in. */
interface Entry {
  readonly version: number;
  readonly matches: readonly PassageMatch[];
}

/** How many distinct quote texts one cache remembers: far more than a draft holds, bounded for a long session. */
const CAPACITY = 5000;

/**
 * Matches depend only on a quote's text and the corpus, not on where the quote stands in the draft: an edit elsewhere
 * reuses them, and a changed corpus (a new version) invalidates them.
 */
export class MatchCache {
  private readonly entries = new Map<string, Entry>();

  passages(quoteText: string, corpus: Corpus): readonly PassageMatch[] {
    const key = quoteText.replace(/\s+/g, ' ');
    const hit = this.entries.get(key);
    if (hit && hit.version === corpus.version) {
      // Refresh its place in the insertion order, which doubles as recency for eviction.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.matches;
    }
    const matches = findPassages(quoteText, corpus, 4);
    this.entries.set(key, { version: corpus.version, matches });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return matches;
  }
}
