import { isWord, type Item } from './narration';

// "the Office for Water Standards (OWS) … OWS said": a body named in full with its initials in brackets is one
// identity, the fullest form; a speech clause giving only the initials credits the full name.

/** Words a body's initials leave out ("the Competition and Consumer Board (CCB)"). */
const SKIPPED = /^(?:of|for|and|the|on|in|&)$/;

/** Initials as a text writes them, a body's too ("SIC", "FRB"): two to six capitals. */
export const INITIALS = /^[A-Z]{2,6}$/;

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
  for (const [initials, name] of initialsOfNamesBefore(original, items)) if (!found.has(initials)) found.set(initials, name);
  return found;
}

/**
 * "The Rugby Football League said … the RFL said": initials a text uses after naming a body in full, brackets or not,
 * stand for the first name before them whose capitalised words they begin (two words at least). One pass: the
 * initials of every name met are kept until initials written alone ask for them.
 */
function initialsOfNamesBefore(original: string, items: readonly Item[]): Map<string, string> {
  const named = new Map<string, string>();
  const used = new Map<string, string>();
  let capitals: number[] = [];
  for (let k = 0; k <= items.length; k++) {
    const it = items[k];
    if (isWord(it) && it.capital && capitals.length > 0 && it.sentence === items[capitals[0]].sentence && k - capitals[capitals.length - 1] <= 3 && skippedBetween(items, capitals[capitals.length - 1], k)) {
      capitals.push(k);
      continue;
    }
    // "the Board of Harbour Trustees": a small word may go on with a name when a capital follows it.
    if (isWord(it) && !it.capital && SKIPPED.test(it.lower) && capitals.length > 0 && k - capitals[capitals.length - 1] < 3 && isWord(items[k + 1]) && (items[k + 1].capital || SKIPPED.test(items[k + 1].lower))) continue;
    // "the Northern Football League on Thursday": any stretch of two to six of the run's capitalised words.
    for (let i = 0; i + 1 < capitals.length; i++) {
      for (let j = i + 1; j < capitals.length && j < i + 6; j++) {
        const initials = capitals.slice(i, j + 1).map((c) => items[c].text[0]).join('');
        if (!INITIALS.test(initials) || named.has(initials)) continue;
        const start = /^the$/i.test(items[capitals[i] - 1]?.text ?? '') ? capitals[i] - 1 : capitals[i];
        named.set(initials, original.slice(items[start].start, items[capitals[j]].end).replace(/^The /, 'the '));
      }
    }
    if (capitals.length === 1 && INITIALS.test(items[capitals[0]].text) && named.has(items[capitals[0]].text)) used.set(items[capitals[0]].text, named.get(items[capitals[0]].text)!);
    capitals = isWord(it) && it.capital ? [k] : [];
  }
  return used;
}

/** Whether only words a body's initials leave out stand between items `a` and `b`. */
function skippedBetween(items: readonly Item[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (!isWord(items[k]) || !SKIPPED.test(items[k].lower)) return false;
  return true;
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
