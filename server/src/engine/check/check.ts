import type { Corpus } from '../corpus/corpus';
import type { CheckResult, Format } from '../types';

export interface CheckOptions {
  /** Shortest run of consecutive source words, outside quotation marks, reported as uncredited copying. */
  readonly uncreditedCopyMinWords: number;
}

// Placeholder until classification lands.
export function checkDraft(_text: string, _format: Format, _corpus: Corpus, _options: CheckOptions): CheckResult {
  return { quotes: [], findings: [] };
}
