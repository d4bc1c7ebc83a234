import { isCountry, isDemonym } from './demonyms';
import { NAME, type Turn } from './dialogue';
import { fullestName } from './fullestNames';
import { kinNounAfter } from './kinship';
import { roleGender } from './lexicon';
import { GIVEN_NAME_GENDER } from './givenNames';
import { normalizeWord, parseName, samePerson } from './names';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// The name of a first-person narrator, from the turns of those talking with them: the name they address the
// narrator by ("Poppy, you have your detecting face on."), or tell the narrator is theirs ("And you’re Rosalind.", and
// the greeting of one expected: "You’ll be Miss Ayres").

const HEARER_NAME = new RegExp(String.raw`\b[Yy]ou(?:['’]re|\s+are|(?:\s+must|['’]ll|\s+will)\s+be)\s+(${NAME})(?=\s*(?:[.,;:!?—–]|$))`, 'gu');

/**
 * "That’s me. I’m Castellanos.", "My name is Ottoline.": a name the speaker gives as theirs, ending its sentence ("I’m
 * Tom’s sister" names someone else).
 */
const SELF_NAME = new RegExp(String.raw`(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|\b[Mm]y\s+name['’]s|(?:^|[.!?]\s+)Name['’]s)\s+(${NAME})(?=\s*(?:[.!;—–]|$))`, 'gu');

/** Names a speaker's words give as their own ("I’m Castellanos."); a nationality ("I’m Welsh.") or a country ("I’m Switzerland.") is none. */
export function selfNamesIn(words: string): string[] {
  if (!/\b(?:I|[Nn]ame)\b/.test(words)) return [];
  return [...words.matchAll(SELF_NAME)].map((m) => m[1]).filter((n) => !parseName(n).core.some((w) => isDemonym(w) || isCountry(w)));
}

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
  const told = /[Yy]ou/.test(words) ? [...words.matchAll(HEARER_NAME)].map((m) => m[1]) : [];
  const called = opening ? NAME_CALLED.exec(words)?.[1] : undefined;
  return called && GIVEN_NAME_GENDER.has(normalizeWord(called)) ? [...told, called] : told;
}

/** What narratorName asks of the text about a name. */
export interface NarratorNameEvidence {
  /** Someone the narration makes another ("my uncle Kofi"). */
  someoneElse(name: string): boolean;
  /** Someone the narration tells of. */
  told(name: string): boolean;
  /** A name by its title or common given name, not a word that may open a turn ("Aye, …"). */
  given(name: string): boolean;
  /**
   * Whether the name is called after a comma at a clause's end ("There is nothing in these, Fenwick."): a word that only
   * opens turns ("Aye, …") may be no name, but one called so is.
   */
  calledAtClauseEnd(name: string): boolean;
  onePerson(a: string, b: string): boolean;
  /** Someone a speech clause gives turns of their own: a speaker beside the narrator, not the narrator. */
  speaks(name: string): boolean;
  /** The words of turn `i`, where the narrator may give their own name. */
  words(i: number): string;
  /** Whether the text cues turn `i` (a speech clause, resolved or not), rather than leaving it to the conversation. */
  cued(i: number): boolean;
  /** Names the text writes in full ("Vanessa Halloran"): the forms a name found may grow to. */
  fullNames(): readonly string[];
}

/**
 * The narrator's name: the one the turns next to theirs call them by, or tell them is theirs, more than once in any
 * of its forms ("Poppy", "Miss Poppy"), the one of most words written. Telling them counts twice, and so does calling
 * them by a given name or title no one the narration tells of bears ("Jane, I don't like cavillers"); once beside a
 * turn of theirs is enough when other turns call someone by it whom the narration never names. Never the name of
 * someone the narration makes another ("My uncle Kofi died in 1987": the father calling his son Kofi takes him for his
 * brother), nor of one a speech clause gives turns of their own. Their own words naming them ("I’m Castellanos.")
 * settle it. The name found grows to the fullest form the text writes of it ("Mrs Halloran": "Vanessa Halloran"), or
 * that a turn anywhere tells its hearer is theirs when it spells the name out ("Tess": "And you’re Tessa Marchbanks").
 */
export function narratorName(turns: readonly Turn[], narrator: string, names: NarratorNameEvidence): string | null {
  const groups: { name: string; beside: number; count: number }[] = [];
  const count = (name: string, beside: number, weight = 1) => {
    // "Rudolf--": a name broken off keeps no dash; "You Asa!": a call's "you" is no part of the name.
    const v = name.replace(/-+$/, '').replace(/^You\s+(?=\p{Lu})/u, '');
    if (names.someoneElse(v) || names.speaks(v)) return;
    // "Reginald" and "Reggie": two forms the table holds for one person are one name.
    let group = groups.find((g) => samePerson(g.name, v) || names.onePerson(g.name, v) || spelledOut(g.name, v) || spelledOut(v, g.name));
    if (!group) groups.push((group = { name: v, beside: 0, count: 0 }));
    else if (words(v) > words(group.name)) group.name = v;
    group.count += weight;
    group.beside += beside;
  };
  // Each of the narrator's turns counts the names the turns beside it call someone by.
  const beside = new Set<number>();
  for (const [i, turn] of turns.entries()) {
    // "That’s me. I’m Castellanos.": the narrator naming themselves, as strong as any call; in a turn no clause gives
    // anyone, one naming themselves so is the narrator (others are named by the clauses that bring them in).
    if (turn.speaker === narrator || !names.cued(i)) for (const v of selfNamesIn(names.words(i))) if (!names.told(v)) count(v, 2, 2);
    if (turn.speaker !== narrator) continue;
    for (const k of [i - 1, i + 1]) {
      const other = turns[k];
      if (!other || !other.speaker || other.speaker === narrator || Math.abs(other.paragraph - turn.paragraph) > 2) continue;
      beside.add(k);
      for (const v of other.rawVocatives) count(v, 1, names.given(v) && !names.told(v) ? 2 : 1);
      // Telling the narrator who they are names them outright, when no one the narration tells of is so called; when
      // someone is, it counts as a call.
      for (const v of other.hearerNames ?? []) count(v, 1, names.told(v) ? 1 : 2);
    }
  }
  // A story that opens on one speaker's words before the narrator says anything opens on words to the narrator, the one
  // other there ("Asa! You Asa!", "Tolulope Adeyemi. Two minutes, please."): their calls name the narrator, as words
  // the narration says were for "me" do, unless they call two people.
  const opening = openingCalls(turns, narrator, beside).filter((v) => !names.told(v));
  if (opening.every((v) => samePerson(v, opening[0]))) for (const v of opening) count(v, 1, 2);
  for (const [k, turn] of turns.entries()) {
    if (turn.speaker === narrator || beside.has(k)) continue;
    // Words the narration says were for "me" ("he says to me") call the narrator by any name they call, as a turn
    // beside theirs does, and with the weight of the narration's word for it.
    if (turn.toNarrator && turn.speaker) {
      for (const v of [...turn.rawVocatives, ...(turn.hearerNames ?? [])]) count(v, 1, 2);
    } else for (const v of turn.rawVocatives) if (!names.told(v)) count(v, 0);
    // "And you’re Tessa Marchbanks.", said to the narrator's company: no sign of whom it names by itself, it gives
    // the narrator's name in full when it spells out the one the turns beside theirs call them ("Tess").
    for (const v of turn.hearerNames ?? []) count(v, 0);
  }
  // A word opening a turn may be no name ("Aye, …"): one called so beside a single turn of theirs is taken for the
  // narrator's only when a title, a given name, a second word or a call closing a clause (", Fenwick.") shows it is a name.
  const isName = (g: { name: string }) => names.given(g.name) || parseName(g.name).core.length > 1 || names.calledAtClauseEnd(g.name);
  const [best] = groups.filter((g) => g.beside > 1 || (g.beside > 0 && isName(g))).sort((a, b) => b.count - a.count);
  return best && best.count >= 2 ? fullestName(best.name, names.fullNames(), (f) => names.someoneElse(f) || names.speaks(f)) : null;
}

/**
 * Whether `full` spells out the one-word given name `short` ("Tessa Marchbanks" of "Tess", "Daniel Hale" of "Dan"): a
 * given name of the same sex, and a surname.
 */
export function spelledOut(short: string, full: string): boolean {
  const [word, ...others] = parseName(short).core;
  const [given, ...surname] = parseName(full).core;
  if (!word || others.length > 0 || !given || surname.length === 0) return false;
  const [w, g] = [normalizeWord(word), normalizeWord(given)];
  const sex = GIVEN_NAME_GENDER.get(w);
  return g.length > w.length && g.startsWith(w) && !!sex && (GIVEN_NAME_GENDER.get(g) ?? sex) === sex;
}

/** The calls of the turns before the narrator's first (but those `counted` beside it), when a single speaker says them all. */
function openingCalls(turns: readonly Turn[], narrator: string, counted: ReadonlySet<number>): string[] {
  const first = turns.findIndex((t) => t.speaker === narrator);
  const opening = turns.slice(0, Math.max(first, 0));
  // A description ("said the woman who opened to me") may be the one named later ("I am Mrs. Fenwick"), when of their sex.
  const speakers = new Set(opening.map((t) => t.speaker));
  const named = [...speakers].filter((s) => !s || /^\p{Lu}/u.test(s));
  if (named.length > 1 || named.includes(null) || opening.length === 0) return [];
  const sex = named.length ? speakerSex(named[0]!) : null;
  if ([...speakers].some((s) => s && sex && (speakerSex(s) ?? sex) !== sex)) return [];
  return opening.flatMap((t, k) => (counted.has(k) ? [] : [...t.rawVocatives, ...(t.hearerNames ?? [])]));
}

/** The sex a speaker's name or description shows by its title, its noun or its given name ("Bernadette"). */
const speakerSex = (name: string) => {
  const parsed = parseName(name);
  return roleGender(normalizeWord(name.split(/\s+/).pop() ?? '')) ?? parsed.gender ?? GIVEN_NAME_GENDER.get(normalizeWord(parsed.core[0] ?? '')) ?? null;
};

/** Those the narration makes the narrator's relatives by name: "My uncle Kofi died in 1987.", "my brother, Leon Lusk". */
export function narratorsRelatives(items: readonly Item[], table: PeopleTable): Set<PersonRecord> {
  const found = new Set<PersonRecord>();
  for (let i = 0; i < items.length; i++) {
    if (items[i].lower !== 'my') continue;
    const kin = kinNounAfter(items, i);
    const named = items[kin + 1]?.text === ',' ? kin + 2 : kin + 1;
    const relative = kin < 0 ? undefined : table.mentionAt(named)?.person;
    if (relative) found.add(relative);
  }
  return found;
}
