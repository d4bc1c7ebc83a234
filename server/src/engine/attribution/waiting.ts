import { sentenceStart, type Item } from './narration';

// "Coyle did not go. He stayed crouched on his heels, and Danvers, who had learned more from this man than from
// cadet school, waited.": one the narration leaves waiting, listening or watching is not who speaks next; the other
// party is. A narration that closes on someone looking on ("Nora watched him do it, and thought of …") makes them the
// onlooker of the next words, not their speaker.

const WAITS = /^(?:waited|listened|watched)$/;

/**
 * Whether the last clause of the narration paragraph `bounds`, after its last semicolon ("We waited two nights; but
 * that evening he spoke" has no one waiting now), has someone wait, listen or watch.
 */
export function endsWaiting(items: readonly Item[], bounds: readonly [number, number]): boolean {
  const [first, last] = bounds;
  const start = sentenceStart(items, last, first);
  for (let k = last; k >= start && items[k].text !== ';'; k--) if (items[k].kind === 'word' && WAITS.test(items[k].lower)) return true;
  return false;
}
