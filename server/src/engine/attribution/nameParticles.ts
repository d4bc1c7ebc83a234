import { NAME_PARTICLES } from './names';
import type { Item } from './narration';

const capital = (it: Item | undefined): boolean => !!it && it.kind === 'word' && it.capital;
const particle = (it: Item | undefined): boolean => !!it && it.kind === 'word' && !it.capital && NAME_PARTICLES.has(it.lower);
/** "al-Qadiri", "el-Baz": a particle joined by a hyphen to a capitalised surname. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|an|at|az|bin|ibn|abu)-\p{Lu}/u;

/**
 * Items with the particles of a name read as its capitalised words: "Pieter van der Wal", "Khalid bin Rashid", "María
 * de la Fuente" between a name's words; "“…,” de la Fuente said" before a surname where no word of the sentence comes
 * before them; "al-Qadiri" joined to a surname. A name written so is one name, not a given name and a surname apart.
 */
export function capitaliseNameParticles(items: Item[]): Item[] {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'word' && !it.capital && JOINED_PARTICLE.test(it.text)) {
      items[i] = { ...it, capital: true };
      continue;
    }
    if (!particle(it) || (i > 0 && particle(items[i - 1]))) continue;
    let end = i;
    while (particle(items[end + 1]) && end < i + 2) end++;
    const after = items[end + 1];
    if (!capital(after) || after.sentence !== it.sentence) continue;
    const before = items[i - 1];
    // A word before the particle that is no name's ("the van Tom drove", "in the bin") keeps it a common noun.
    const opens = !before || before.sentence !== it.sentence || before.kind !== 'word';
    if (!capital(before) && !opens) continue;
    for (let k = i; k <= end; k++) items[k] = { ...items[k], capital: true };
  }
  return items;
}
