import { isKnownPersonNoun, type Clause } from './clauses';
import { ADDRESSEE_VERBS } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable } from './people';

/** How many items either side of a clause's mention its speech verb is sought. */
const VERB_REACH = 3;

/** Words that may stand between a speech verb and the one it is said to ("whispered softly to", "said again to"). */
const BETWEEN = /^(?:again|then|now|aloud|quietly|gently|softly|low|\p{L}+ly)$/u;

/**
 * "“Was it a girl or a boy?” she whispered to the nurse.", "“…?” said Temple to the doctor", "asked Lucy": the one
 * person a speech clause says its words are for, by name or by a definite description of one ("the nurse"), as the
 * conversation calls them, or the narrator `narrator` gives for "me"; null for a group ("told reporters"), another pronoun, or none.
 */
export function addresseeOfClause(original: string, items: readonly Item[], table: PeopleTable, clause: Clause, narrator: () => string | null = () => null): string | null {
  const cue = clause.cue.toLowerCase();
  let verb = -1;
  for (let k = Math.max(0, clause.first - VERB_REACH); k <= clause.last + VERB_REACH && k < items.length; k++) {
    if (isWord(items[k]) && items[k].lower === cue && (k < clause.first || k > clause.last)) verb = k;
  }
  if (verb < 0) return null;
  const sentence = items[verb].sentence;
  let j = Math.max(verb, clause.last) + 1;
  while (isWord(items[j]) && items[j].sentence === sentence && BETWEEN.test(items[j].lower) && j < Math.max(verb, clause.last) + 3) j++;
  // "said to the nurse"; "asked Lucy", "told the doctor": verbs whose object is whom they are said to.
  if (isWord(items[j]) && items[j].lower === 'to') j++;
  else if (!(/^ask(?:s|ed)?$/.test(cue) || ADDRESSEE_VERBS.has(cue)) || j !== verb + 1) return null;
  const at = items[j];
  if (!isWord(at) || at.sentence !== sentence) return null;
  if (at.capital) {
    const mention = table.mentionAt(j);
    return mention && mention.item === j ? mention.person.name : null;
  }
  // "“Is he all right?” Imogen asked me": a first-person narration's "me" is its narrator.
  if (at.lower === 'me') return narrator();
  if (at.lower !== 'the') return null;
  const head = items[j + 1];
  if (!isWord(head) || head.capital || head.sentence !== sentence || !isKnownPersonNoun(head.lower) || /[^s]s$/.test(normalizeWord(head.lower))) return null;
  // A description one speaks to ends at its noun: "to the nurse," not "to the nurse's chair".
  const after = items[j + 2];
  if (isWord(after) && after.sentence === sentence && !/^(?:and|as|while|who|with|in|at|before|after|then|but)$/.test(after.lower)) return null;
  const mention = table.mentionAt(j) ?? table.mentionAt(j + 1);
  return mention?.person.name ?? original.slice(at.start, head.end).replace(/\s+/g, ' ').toLowerCase();
}
