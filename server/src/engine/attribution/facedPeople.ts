import { isWord, type Item } from './narration';
import type { PeopleTable } from './people';

// "He looked up at Hobb, and something crossed his face. “Tinker Tallow. I was told they hanged you.”": in a scene of
// several, the one the narration has a speaker turn to or look at is whom the words are for, and who answers them.

/** Verbs of turning one's face or attention to someone. */
export const FACING = /^(?:look|looked|looking|turn|turned|turning|glance|glanced|glancing|stare|stared|staring|peer|peered|nod|nodded|smile|smiled|wink|winked|gesture|gestured|frown|frowned)$/;
/** Words between the verb and its "at"/"to" ("looked up at", "turned back to"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'round', 'around', 'back', 'over', 'across', 'down', 'hard', 'straight', 'again']);
export const TOWARDS: ReadonlySet<string> = new Set(['at', 'to', 'towards', 'toward']);

/** The person the narration in items `first`…`last` last has someone turn to or look at ("looked up at Hobb"), or null. */
export function facedIn(items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  let faced: string | null = null;
  for (let k = first; k <= last; k++) {
    if (!isWord(items[k]) || !FACING.test(items[k].lower)) continue;
    let j = k + 1;
    while (j <= last && isWord(items[j]) && PARTICLES.has(items[j].lower)) j++;
    if (j + 1 > last || !isWord(items[j]) || !TOWARDS.has(items[j].lower) || !items[j + 1].capital) continue;
    // A name the people table knows, with its title ("looked at Mr. Gosling").
    const name = items.slice(j + 1, j + 3).filter((it) => isWord(it) && it.capital).map((it) => it.text).join(' ');
    const person = table.personNamed(name) ?? table.personNamed(items[j + 1].text);
    if (person) faced = person.name;
  }
  return faced;
}
