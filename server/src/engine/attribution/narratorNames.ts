import { NAME, type Turn } from './dialogue';
import { kinNounAfter } from './kinship';
import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord, samePerson } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// The name of a first-person narrator, from the turns of those talking with them: the name they address the
// narrator by ("Poppy, you have your detecting face on."), or tell the narrator is theirs ("And you’re Rosalind.").

const HEARER_NAME = new RegExp(String.raw`\byou(?:['’]re|\s+are|\s+must\s+be)\s+(${NAME})(?=\s*(?:[.,;:!?—–]|$))`, 'gu');

/** Words that are only a common given name and the comma of a call: "‘Frances,’ he said." */
const NAME_CALLED = /^\s*(\p{Lu}\p{Ll}+),\s*$/u;

const words = (name: string) => name.split(/\s+/).length;

/**
 * Names words tell their hearer are theirs: "And you’re Rosalind.", "You must be Sheila"; or, when they open a
 * conversation (`opening`), call them by alone, a common given name and a comma ("‘Frances,’ he said."), as one greets
 * the one just come in. Said in answer to other words, such a name is more often someone's given ("“Philippa,” said Martin").
 */
export function hearerNamesIn(words: string, opening = false): string[] {
  // Most words never say "you": no search for them.
  const told = words.includes('you') ? [...words.matchAll(HEARER_NAME)].map((m) => m[1]) : [];
  const called = opening ? NAME_CALLED.exec(words)?.[1] : undefined;
  return called && GIVEN_NAME_GENDER.has(normalizeWord(called)) ? [...told, called] : told;
}

/**
 * The narrator's name: the one the turns next to theirs call them by, or tell them is theirs, more than once in any
 * of its forms ("Poppy", "Miss Poppy"), the one of most words written. Telling them counts twice, and so does calling
 * them by a given name or title no one the narration tells of bears ("Jane, I don't like cavillers"); once beside a
 * turn of theirs is enough when other turns call someone by it whom the narration never names. Never the name of
 * someone the narration makes another ("My uncle Kofi died in 1987": the father calling his son Kofi takes him for his
 * brother).
 */
export function narratorName(
  turns: readonly Turn[], narrator: string,
  names: { someoneElse(name: string): boolean; told(name: string): boolean; given(name: string): boolean; onePerson(a: string, b: string): boolean },
): string | null {
  const groups: { name: string; beside: number; count: number }[] = [];
  const count = (name: string, beside: boolean, weight = 1) => {
    // "Rudolf--": a name broken off keeps no dash.
    const v = name.replace(/-+$/, '');
    if (names.someoneElse(v)) return;
    // "Reginald" and "Reggie": two forms the table holds for one person are one name.
    let group = groups.find((g) => samePerson(g.name, v) || names.onePerson(g.name, v));
    if (!group) groups.push((group = { name: v, beside: 0, count: 0 }));
    else if (words(v) > words(group.name)) group.name = v;
    group.count += weight;
    if (beside) group.beside++;
  };
  // Each of the narrator's turns counts the names the turns beside it call someone by.
  const beside = new Set<number>();
  for (const [i, turn] of turns.entries()) {
    if (turn.speaker !== narrator) continue;
    for (const k of [i - 1, i + 1]) {
      const other = turns[k];
      if (!other || !other.speaker || other.speaker === narrator || Math.abs(other.paragraph - turn.paragraph) > 2) continue;
      beside.add(k);
      for (const v of other.rawVocatives) count(v, true, names.given(v) && !names.told(v) ? 2 : 1);
      // Telling the narrator who they are names them outright, when no one the narration tells of is so called; when
      // someone is, it counts as a call.
      for (const v of other.hearerNames ?? []) count(v, true, names.told(v) ? 1 : 2);
    }
  }
  for (const [k, turn] of turns.entries()) {
    if (turn.speaker === narrator || beside.has(k)) continue;
    // Words the narration says were for "me" ("he says to me") call the narrator by any name they call, as a turn
    // beside theirs does, and with the weight of the narration's word for it.
    if (turn.toNarrator && turn.speaker) {
      for (const v of [...turn.rawVocatives, ...(turn.hearerNames ?? [])]) count(v, true, 2);
    } else for (const v of turn.rawVocatives) if (!names.told(v)) count(v, false);
  }
  // A word opening a turn may be no name ("Aye, …"): one called so beside a single turn of theirs is taken for the
  // narrator's only when a title or a given name shows it is a name.
  const [best] = groups.filter((g) => g.beside > 1 || (g.beside > 0 && names.given(g.name))).sort((a, b) => b.count - a.count);
  return best && best.count >= 2 ? best.name : null;
}

/** Those the narration makes the narrator's relatives by name: "My uncle Kofi died in 1987." */
export function narratorsRelatives(items: readonly Item[], table: PeopleTable): Set<PersonRecord> {
  const found = new Set<PersonRecord>();
  for (let i = 0; i < items.length; i++) {
    if (items[i].lower !== 'my') continue;
    const kin = kinNounAfter(items, i);
    const relative = kin < 0 ? undefined : table.mentionAt(kin + 1)?.person;
    if (relative) found.add(relative);
  }
  return found;
}
