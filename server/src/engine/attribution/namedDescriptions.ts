import type { Attribution } from '../types';
import { isKnownPersonNoun } from './clauses';
import { normalizeWord } from './names';
import type { Item } from './narration';
import type { PeopleTable } from './people';

// A stranger speaks under a description, and the narration names them afterwards: "“…,” said a young officer. …
// The officer, whose name was Blakeney, tapped at the door.", "“…,” said the kid. … The kid—Tobiah Pell, twenty-two,
// on his first contract—went quiet." The turns the description spoke are the named person's.

/** How many paragraphs before its naming a description's turns are looked for. */
const PARAGRAPHS_BACK = 12;

/**
 * The quotations (by index into `quoteItems`) whose speaker is a description ("a young officer") that the narration
 * after them names by "the <noun>, whose name was <Name>" or "The <noun>—<Name>", with the name.
 */
export function descriptionsNamedAfter(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributionOf: (qi: number) => Attribution,
): Map<number, string> {
  const found = new Map<number, string>();
  for (let i = 2; i + 3 < items.length; i++) {
    const naming = namingAt(items, i);
    if (!naming) continue;
    const head = normalizeWord(items[naming.noun].lower);
    const run = table.runAfter(naming.name);
    if (!isKnownPersonNoun(head) || !run || run[0] !== naming.name) continue;
    const written = table.runText(run[0], run[1]);
    const name = table.personNamed(written)?.name ?? written;
    for (const [k, qi] of quoteItems.entries()) {
      if (qi >= i) break;
      const speaker = attributionOf(qi).speaker;
      if (items[qi].paragraph < items[i].paragraph - PARAGRAPHS_BACK || !speaker || !/^(?:a|an|the)\s/.test(speaker)) continue;
      if (normalizeWord(speaker.split(/\s+/).pop()!) === head) found.set(k, name);
    }
  }
  return found;
}

/**
 * The description's noun and the start of the name that names it at item `i`: "the officer, whose name was Blakeney",
 * or a dash right after a noun opening its sentence ("The kid—Tobiah Pell, twenty-two, …"); null when `i` names none.
 */
function namingAt(items: readonly Item[], i: number): { noun: number; name: number } | null {
  if (items[i].lower === 'whose' && items[i + 1].lower === 'name' && /^(?:was|is)$/.test(items[i + 2].lower) && items[i - 1].text === ',') return { noun: i - 2, name: i + 3 };
  const opens = items[i - 2].lower === 'the' && items[i - 2].sentence !== items[i - 3]?.sentence;
  return /^[—–]$/.test(items[i].text) && opens && items[i + 1]?.capital ? { noun: i - 1, name: i + 1 } : null;
}
