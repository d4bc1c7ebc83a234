import type { Item } from './narration';

// "Later Bernadette walked me to the door. … “He called you Kofi again?”": narration opening on a move in time starts
// a new scene, and a question in it is not put to whoever spoke before it.

const SHIFT = /^(?:later|afterwards?|meanwhile|next)$/;
const PARTS_OF_DAY = /^(?:morning|afternoon|evening|night|day|week)$/;

/** Whether the narration at item `first` opens on a move in time ("Later", "That evening", "The next morning"). */
export function opensSceneShift(items: readonly Item[], first: number): boolean {
  const [a, b, c] = [items[first]?.lower, items[first + 1]?.lower, items[first + 2]?.lower];
  return SHIFT.test(a ?? '') || (a === 'that' && PARTS_OF_DAY.test(b ?? '')) || (a === 'the' && b === 'next' && PARTS_OF_DAY.test(c ?? ''));
}
