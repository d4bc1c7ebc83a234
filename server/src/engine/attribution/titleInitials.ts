import { INITIALS } from './acronyms';
import { parseName, type ParsedName } from './names';
import { isWord, type Item } from './narration';

// "Detective Chief Inspector Karen Mallory … DCI Mallory", "Prime Minister Ada Quist … PM Quist": news writes a rank
// of several words in full before a name once, then by its initials. Initials before a name that spell a title the
// text wrote in full are that title, no given name, so "DCI Mallory" is Karen Mallory's surname with her rank.

/** The titles of two words or more the text writes in full before a name, by their initials ("DCI"). */
export function titlesByInitials(items: readonly Item[]): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (let i = 0; i < items.length; i++) {
    if (!isWord(items[i]) || !items[i].capital) continue;
    let j = i;
    while (isWord(items[j + 1]) && items[j + 1].capital && items[j + 1].sentence === items[i].sentence) j++;
    const { titles } = parseName(items.slice(i, j + 1).map((it) => it.text).join(' '));
    const initials = titles.map((t) => t[0]).join('');
    if (titles.length > 1 && INITIALS.test(initials) && !found.has(initials)) found.set(initials, titles);
    i = j;
  }
  return found;
}

/** A parsed name whose first word is initials of a title in `titles`, read with that title written out. */
export function withTitleSpelled(parsed: ParsedName, titles: ReadonlyMap<string, readonly string[]>): ParsedName {
  const full = parsed.core.length > 1 ? titles.get(parsed.core[0]) : undefined;
  return full ? { ...parsed, titles: [...parsed.titles, ...full], core: parsed.core.slice(1) } : parsed;
}
