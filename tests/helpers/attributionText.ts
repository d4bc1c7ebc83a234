// Attribution tests build their quotations with a plain regex, so they do not depend on the scanner.
import { attributeQuotations } from '../../server/src/engine/attribution/attribute';
import type { Attribution, ProseView, Quotation } from '../../server/src/engine/types';

export function quotationsOf(text: string): Quotation[] {
  return [...text.matchAll(/[“"]([^”"]*)[”"]/g)].map((m) => ({
    inner: { start: m.index + 1, end: m.index + 1 + m[1].length },
    outer: { start: m.index, end: m.index + m[0].length },
    openMark: m[0][0],
    closeMark: m[0][m[0].length - 1],
    depth: 0,
  }));
}

/** The attribution of every double-quoted passage of a plain text. */
export function attributions(text: string): Attribution[] {
  const view: ProseView = { original: text, text, format: 'plaintext', utterances: [] };
  return attributeQuotations(view, quotationsOf(text)).quotations.map((q) => q.attribution);
}

export const speakers = (text: string): (string | null)[] => attributions(text).map((a) => a.speaker);
