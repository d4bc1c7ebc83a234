import type { AttributedQuotation, Person, ProseView, Quotation } from '../types';

export interface AttributionResult {
  readonly quotations: AttributedQuotation[];
  readonly people: Person[];
}

// Placeholder until attribution lands: nobody is credited.
export function attributeQuotations(_view: ProseView, quotations: readonly Quotation[]): AttributionResult {
  return {
    quotations: quotations.map((q) => ({ ...q, attribution: { speaker: null, mention: null, cue: null }, timestamp: null })),
    people: [],
  };
}
