import type { Attribution } from '../types';
import { isKnownPersonNoun, isPersonNoun } from './clauses';
import { normalizeWord } from './names';
import { calledByName } from './namings';
import { isWord, type Item } from './narration';
import { isCapitalised, type PeopleTable } from './people';

// "“…,” said the man inside, a retired crane operator named Tam Renn.", "the woman said — a nurse called Joy
// Mensah —": news names someone it has just described with a description set off by a comma or a dash that gives
// the name by "named" or "called", or a name alone. The name is the one described, whom "the man" means at the later
// turns of the scene.

/** How many words the description in apposition may take up to its noun ("a retired crane operator"). */
const APPOSED_WORDS = 5;
/** How many words may stand between the described noun and the comma or dash: where they are, a speech verb. */
const DESCRIBED_REACH = 6;
/** How many words back from the noun the determiner opening the description may stand ("the old man"). */
const DETERMINER_REACH = 3;
/** How many paragraphs on the described noun's turns are still the named person's. */
const SCENE_PARAGRAPHS = 12;

/** The described noun and the first word of the name the appositive after it gives. */
interface ApposedNaming {
  readonly noun: number;
  readonly name: number;
}

/** Every description the text names by an appositive set off after it: "a <description> named/called <Name>", or a name alone. */
export function apposedNamings(items: readonly Item[]): ApposedNaming[] {
  const found: ApposedNaming[] = [];
  for (let i = 1; i < items.length; i++) {
    if (!isWord(items[i - 1]) || !isPersonNoun(items[i - 1].lower) || !calledByName(items, i - 1)) continue;
    let article = i - 2;
    while (article > i - 2 - APPOSED_WORDS && isWord(items[article]) && !isCapitalised(items[article]) && !/^(?:a|an)$/.test(items[article].lower)) article--;
    const mark = article - 1;
    if (!isWord(items[article]) || !/^(?:a|an)$/.test(items[article].lower) || !/^[,—–]$/.test(items[mark]?.text ?? '')) continue;
    const noun = describedBefore(items, mark);
    if (noun !== null) found.push({ noun, name: i + 1 });
  }
  // "said the man at the gate, Tam Renn, who farms there": a name alone in apposition, closed by a comma or a stop.
  for (let mark = 1; mark + 1 < items.length; mark++) {
    if (!/^[,—–]$/.test(items[mark].text) || !isCapitalised(items[mark + 1]) || items[mark + 1].sentence !== items[mark].sentence) continue;
    let last = mark + 1;
    while (isCapitalised(items[last + 1]) && items[last + 1].sentence === items[mark].sentence) last++;
    const noun = /^[,.—–]$/.test(items[last + 1]?.text ?? '') ? describedBefore(items, mark) : null;
    if (noun !== null) found.push({ noun, name: mark + 1 });
  }
  return found.sort((a, b) => a.name - b.name);
}

/** The person noun of the description ("the man inside", "the woman said") just before the mark at `mark`, if any. */
function describedBefore(items: readonly Item[], mark: number): number | null {
  for (let k = mark - 1; k >= mark - DESCRIBED_REACH && isWord(items[k]) && items[k].sentence === items[mark].sentence; k--) {
    if (isCapitalised(items[k]) || !isKnownPersonNoun(items[k].lower)) continue;
    for (let d = k - 1; d >= k - DETERMINER_REACH && isWord(items[d]); d--) if (/^(?:the|a|an|one)$/.test(items[d].lower)) return k;
    return null;
  }
  return null;
}

/**
 * The quotations (by index into `quoteItems`) after an appositive naming whose speaker is "the <noun>" of the
 * description it named, in the scene, with the name: "the man said" is Tam Renn again.
 */
export function apposedNamesAgain(
  items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributionOf: (qi: number) => Attribution,
): Map<number, string> {
  const found = new Map<number, string>();
  // The namings come in text order, so the first quotation after each is found by walking on, never from the start.
  let after = 0;
  for (const { noun, name } of apposedNamings(items)) {
    while (after < quoteItems.length && quoteItems[after] < name) after++;
    const run = table.runAfter(name);
    if (!run || run[0] !== name) continue;
    const written = table.runText(run[0], run[1]);
    const named = table.personNamed(written)?.name ?? written;
    const head = normalizeWord(items[noun].lower);
    for (let k = after; k < quoteItems.length; k++) {
      const qi = quoteItems[k];
      if (items[qi].paragraph > items[name].paragraph + SCENE_PARAGRAPHS) break;
      const speaker = attributionOf(qi).speaker;
      if (!speaker || !/^(?:a|an|the)\s/.test(speaker) || normalizeWord(speaker.split(/\s+/).pop()!) !== head) continue;
      // "a man" is someone new: the named one's scene ends there.
      if (!speaker.startsWith('the ')) break;
      found.set(k, named);
    }
  }
  return found;
}
