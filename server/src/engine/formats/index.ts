import type { Format, ProseView } from '../types';

// Placeholder until the format adapters land: every text is read as plain text.
export function proseView(text: string, format: Format): ProseView {
  return { original: text, text, format, utterances: [] };
}
