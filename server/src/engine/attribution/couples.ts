import { FUNCTION_WORDS, HONORIFIC_GENDER } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable } from './people';

// "Peder and Agnete Holmgren", "Mr and Mrs Walsh": two people sharing the surname written once. The first is a person
// of that surname too, so "her husband" and "Mr Walsh" later find him.

/** Learns the first of every couple written with one surname into the table, with a mention where the text names them. */
export function learnCouples(items: readonly Item[], table: PeopleTable): void {
  // Read from the mentions of the second of the couple, far fewer than the words. A copy: the table grows meanwhile.
  for (const mention of [...table.mentions]) {
    const i = mention.item - 2;
    const first = items[i];
    if (!isWord(first) || !first.capital || items[i + 1].lower !== 'and' || items[i + 1].sentence !== first.sentence) continue;
    if (isWord(items[i - 1]) && items[i - 1].capital && items[i - 1].sentence === first.sentence) continue;
    const w = normalizeWord(first.text);
    const title = HONORIFIC_GENDER.get(w);
    const second = table.mentionAt(i + 2)?.person;
    const run = table.runAfter(i + 2);
    if (!second || !run || run[0] !== i + 2) continue;
    const surname = second.core[second.core.length - 1];
    if (title !== undefined && title !== null) {
      // "Mr and Mrs Walsh": the surname after the second title.
      if (!HONORIFIC_GENDER.get(normalizeWord(items[i + 2].text)) || run[1] !== i + 3) continue;
      table.addNamed([surname], i, title);
    } else if (!FUNCTION_WORDS.has(w) && title === undefined && run[1] === i + 3 && second.core.length === 2) {
      // "Peder and Agnete Holmgren": a given name, then the other's full name.
      table.addNamed([first.text, surname], i, null);
    }
  }
}
