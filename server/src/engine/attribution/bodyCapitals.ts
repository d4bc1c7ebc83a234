import { bodyOpening } from './headings';
import { isWord, type Item } from './narration';

// A headline's capitals are read against the story's body, which capitalises names alone (headlineDescriptors.ts,
// headlineNameEnds.ts). Each name run in the headings asks; a text of thousands of heading lines would walk its body
// once per run, so the body's capitals are gathered once a text.

export interface BodyCapitals {
  /** The capitalised words as written. */
  readonly written: ReadonlySet<string>;
  /** The same words without a possessive's "s": "Ashby’s" is Ashby. */
  readonly bare: ReadonlySet<string>;
}

const found = new WeakMap<readonly Item[], BodyCapitals>();

/** The words the story's body (its paragraphs from bodyOpening on) writes with a capital, read once a text. */
export function bodyCapitals(items: readonly Item[]): BodyCapitals {
  let capitals = found.get(items);
  if (!capitals) {
    const body = bodyOpening(items);
    const written = new Set(items.filter((it) => it.paragraph >= body && isWord(it) && it.capital).map((it) => it.text));
    capitals = { written, bare: new Set([...written].map(bare)) };
    found.set(items, capitals);
  }
  return capitals;
}

/** A word without a possessive's "s". */
export const bare = (word: string): string => word.replace(/[’']s$/u, '');
