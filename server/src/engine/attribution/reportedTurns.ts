import { SPEECH_VERBS } from './lexicon';
import { sentenceStart, type Item } from './narration';
import type { PeopleTable } from './people';

// "“Bread guy’s at the back. He wants a signature.” Teddy says he’s coming." then "“He says the invoice is wrong
// again.”": narration that reports someone's words ends their turn, as a quotation would; the next turn answers it.

/** The one whose words the last sentence of the narration between items `first` and `last` reports ("Teddy says he's coming"). */
export function reportedSpeaker(items: readonly Item[], table: PeopleTable, [first, last]: readonly [number, number]): string | null {
  for (let k = Math.max(first, sentenceStart(items, last, first)); k < last; k++) {
    const mention = table.mentionAt(k);
    if (!mention || /^(?:he|she)$/.test(items[k].lower)) continue;
    let verb = k + 1;
    while (verb < last && items[verb].kind === 'word' && items[verb].capital && !table.mentionAt(verb)) verb++;
    // A report, not a quotation's clause: its words go on in the narration.
    if (items[verb].kind === 'word' && SPEECH_VERBS.has(items[verb].lower) && items[verb + 1]?.kind === 'word') return mention.person.name;
  }
  return null;
}
