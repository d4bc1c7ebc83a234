import type { FindingCode, Severity } from './types';

export interface FindingCodeInfo {
  readonly code: FindingCode;
  readonly defaultSeverity: Severity;
  /** One line for settings descriptions, SARIF rules and the README. */
  readonly summary: string;
}

/** Every finding code the engine emits: the one list that settings, the CLI's SARIF rules and the docs read. */
export const FINDING_CODES: readonly FindingCodeInfo[] = [
  { code: 'misquote', defaultSeverity: 'warning', summary: 'The quoted words differ from the source (an error when a number or negation changed).' },
  { code: 'quote-not-found', defaultSeverity: 'warning', summary: 'The quotation appears in no source.' },
  { code: 'misattribution', defaultSeverity: 'warning', summary: 'The draft credits the quote to someone other than the source does.' },
  { code: 'unattributed-quote', defaultSeverity: 'information', summary: 'A verified quote with no speaker named near it.' },
  { code: 'not-a-quote', defaultSeverity: 'warning', summary: "The quoted words are the source's narration or paraphrase, not anyone's words." },
  { code: 'uncredited-copy', defaultSeverity: 'warning', summary: 'Source text copied without quotation marks.' },
  { code: 'unclosed-quote', defaultSeverity: 'hint', summary: 'A quotation mark that is never closed.' },
];

export const SOURCE_NAME = 'quote-check';
