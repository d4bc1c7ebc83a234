import { samePerson } from './names';
import type { Item } from './narration';

// "Your loving sister, / Clemency Ashdown": a letter or a diary entry told in the first person closes on its writer's
// name, on the line after a complimentary close. Every letter of the text signed so must agree: letters from several
// writers name no one narrator.

/** A complimentary close ending its line with a comma ("Yours ever,", "Your loving sister,", "With love,"). */
const CLOSE = String.raw`(?:[Yy]ours?\b[^\n,]{0,40}|(?:[Ee]ver|[Ss]incerely|[Ff]aithfully|[Aa]ffectionately|[Ff]ondly|[Rr]espectfully)\b[^\n,]{0,30}|(?:[Ww]ith\s+)?(?:all\s+my\s+)?[Ll]ove\b[^\n,]{0,20})`;
/** The name alone on the next line: one to three capitalised words (no i flag: it would let \p{Lu} match any letter). */
const SIGNED = new RegExp(String.raw`^[ \t]*${CLOSE},[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,2})[ \t]*$`, 'gmu');

/** The name the narration's letters are signed with, in the most words any signature gives it, or null. */
export function signedName(original: string, items: readonly Item[]): string | null {
  if (!/,[ \t]*\r?\n/.test(original)) return null;
  const narrated = new Set(items.filter((it) => it.kind === 'word').map((it) => it.start));
  let name: string | null = null;
  for (const m of original.matchAll(SIGNED)) {
    const signature = m[1];
    // The narration's own signature, not one inside a quotation.
    if (!narrated.has(m.index + m[0].lastIndexOf(signature))) continue;
    if (name && !samePerson(name, signature)) return null;
    if (!name || signature.split(/\s+/).length > name.split(/\s+/).length) name = signature;
  }
  return name;
}
