import { isWord, type Item } from './narration';

// "the Office for Water Standards (OWS) … OWS said": a body named in full with its initials in brackets is one
// identity, the fullest form; a speech clause giving only the initials credits the full name.

/** Words a body's initials leave out ("the Competition and Consumer Board (CCB)"). */
const SKIPPED = /^(?:of|for|and|the|on|in|&)$/;

/** Initials as a text writes them: two to six capitals. */
const INITIALS = /^[A-Z]{2,6}$/;

/** How many words before the brackets a body's name may begin. */
const NAME_REACH = 10;

/**
 * Every set of initials the text defines in brackets right after a name whose capitalised words they are, with that
 * name as written (with "the" when the text wrote it so): "FLS" → "the Federation of Locomotive Staff".
 */
export function acronymsIn(original: string, items: readonly Item[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let k = 2; k + 1 < items.length; k++) {
    if (items[k - 1].text !== '(' || items[k + 1].text !== ')' || !isWord(items[k]) || !INITIALS.test(items[k].text)) continue;
    const first = nameSpelled(items, k - 2, items[k].text);
    if (first === null || found.has(items[k].text)) continue;
    const start = items[first - 1]?.lower === 'the' ? first - 1 : first;
    found.set(items[k].text, original.slice(items[start].start, items[k - 2].end).replace(/^The /, 'the '));
  }
  return found;
}

/** The first item of the name ending at item `last` whose capitalised words begin with the letters of `initials`. */
function nameSpelled(items: readonly Item[], last: number, initials: string): number | null {
  let letter = initials.length - 1;
  for (let k = last; k >= 0 && k > last - NAME_REACH && isWord(items[k]); k--) {
    if (!items[k].capital) {
      if (SKIPPED.test(items[k].lower)) continue;
      return null;
    }
    if (items[k].text[0] !== initials[letter]) return null;
    if (letter === 0) return k;
    letter--;
  }
  return null;
}

/** The full name a speaker written as initials ("OWS", "the OWS") stands for, if the text defined them. */
export function spelledOut(acronyms: ReadonlyMap<string, string>, speaker: string | null): string | null {
  if (!speaker || acronyms.size === 0) return null;
  return acronyms.get(speaker.replace(/^the\s+/i, '')) ?? null;
}
