import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "Agnes Mulvaney … died on Friday. Born Agnes Carr in Ballina in 1937, she trained …": an obituary gives the name
// someone was born with, their given name and another surname. It is the same person, not someone new.

/**
 * The person already named whose birth name the run [first, last] is: the run follows a sentence-opening "Born" and
 * shares its given name with exactly one person named before under another surname. Null otherwise.
 */
export function bornAs(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  const born = items[first - 1];
  if (!isWord(born) || born.lower !== 'born' || items[first - 2]?.sentence === born.sentence || first === last) return null;
  const words = items.slice(first, last + 1).filter(isWord).map((it) => normalizeWord(it.text));
  const [given, surname] = [words[0], words[words.length - 1]];
  const bearers = table.sharingAWord([given]).filter((p) => {
    const core = p.core.map(normalizeWord);
    return core.length > 1 && core[0] === given && core[core.length - 1] !== surname;
  });
  return bearers.length === 1 ? bearers[0] : null;
}
