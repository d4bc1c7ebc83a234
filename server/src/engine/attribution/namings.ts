import { isDemonym } from './demonyms';
import { GENERIC_PERSON_NOUNS, KIN, PRONOUN_GENDER, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import type { Item } from './narration';
import { isCapitalised, isRoleNoun, type PeopleTable, type PersonRecord } from './people';

// "I knew she was a wise old horse, and our master thought a great deal of her. Her name was Duchess": the narration
// names someone it has so far only described ("my mother", "the old nurse"). The name is a person holding that
// description as a role, so "said my mother" afterwards is that person.

/** How many items back a "his/her name was" looks for the description the owner refers to: a sentence or two. */
const REACH = 60;

/**
 * Gives every person the narration names by "his/her name was" the role of the description the his/her refers to, and
 * one it brings in by a role, "a king called Berengar", "his fool, whose name was Nettle", that role.
 */
export function learnNamings(items: readonly Item[], table: PeopleTable): void {
  learnCalledRoles(items, table);
  for (let i = 1; i + 2 < items.length; i++) {
    if (items[i].lower !== 'name' || !/^(?:was|is)$/.test(items[i + 1].lower)) continue;
    const run = table.runAfter(i + 2);
    if (!run || run[0] !== i + 2 || items[run[0]].sentence !== items[i].sentence) continue;
    const owner = items[i - 1];
    const gender = PRONOUN_GENDER.get(owner.lower) ?? null;
    const role = gender && /^(?:his|her)$/.test(owner.lower) ? roleBefore(items, i - 1, gender) : null;
    if (!role) {
      if (gender && /^(?:his|her)$/.test(owner.lower)) nameSpeakersBefore(items, table, i - 1, gender, table.personFor(run[0], run[1]));
      continue;
    }
    const person = table.personFor(run[0], run[1]);
    table.addMention(person, run[0]);
    person.roles.add(role);
    if (gender && table.gender(person) === null) person.votes[gender]++;
  }
}

/** The role of the last description of `gender` in the sentence or two before item `at` ("my mother's advice"). */
function roleBefore(items: readonly Item[], at: number, gender: 'm' | 'f'): string | null {
  for (let j = at - 1; j > 0 && j >= at - REACH && items[j].sentence >= items[at].sentence - 2; j--) {
    if (items[j].kind !== 'word' || items[j].capital) continue;
    const head = normalizeWord(items[j].lower.replace(/['’]s$/, ''));
    if (roleGender(head) !== gender) continue;
    const role = roleOf(items, j);
    if (role) return role;
  }
  return null;
}

/** "my mother" as the role "my mother", "the officer" as "officer": a possessed kin noun or a definite role noun. */
function roleOf(items: readonly Item[], head: number): string | null {
  const noun = normalizeWord(items[head].lower.replace(/['’]s$/, ''));
  const before = items[head - 1]?.lower;
  if (before === 'my' && KIN.has(noun)) return `my ${noun}`;
  if (GENERIC_PERSON_NOUNS.has(noun) || !(isRoleNoun(noun) || KIN.has(noun))) return null;
  for (let k = head - 1; k >= 0 && k >= head - 3 && items[k].kind === 'word'; k--) if (/^(?:the|this|that)$/.test(items[k].lower)) return noun;
  return null;
}

/** How far back (in items: a paragraph or two) the he/she cues a "His name is …" names are sought. */
const SPEAKERS_REACH = 120;

/**
 * "One of them, a retired bus driver, puts it simply. ¶ “…,” he says. “…” ¶ His name is Frank Moss": a sentence
 * opening on "His/Her name is" with no description of that gender before it names the he/she of the speech cues
 * just before it (in its paragraph or the one before), back to a name of that gender, so they are that person's.
 */
function nameSpeakersBefore(items: readonly Item[], table: PeopleTable, owner: number, gender: 'm' | 'f', person: PersonRecord): void {
  if (owner > 0 && items[owner - 1].sentence === items[owner].sentence) return;
  const paragraph = items[owner].paragraph;
  for (let k = owner - 1; k >= 0 && k >= owner - SPEAKERS_REACH && items[k].paragraph >= paragraph - 1; k--) {
    const named = table.mentionAt(k);
    if (named && (table.gender(named.person) ?? gender) === gender) return;
    if (PRONOUN_GENDER.get(items[k].lower) === gender && /^(?:he|she)$/.test(items[k].lower) && items[k - 1]?.kind === 'quote') table.addMention(person, k);
  }
}

/** Verbs that give a name after a description: "a king called Berengar", "a clerk named Hobbs". */
const CALLING = /^(?:called|named)$/;
/** Whether the description whose noun is item `head` is given a name right after it: "a Kentish boy called Dowsett". */
export function calledByName(items: readonly Item[], head: number): boolean {
  const [verb, name] = [items[head + 1], items[head + 2]];
  return !!verb && !!name && CALLING.test(verb.lower) && isCapitalised(name) && name.sentence === items[head].sentence;
}

/** How many words a description may take before its role noun ("a small, crooked old fool called …"). */
const DESCRIPTION_WORDS = 4;

/**
 * "There once reigned a king called Berengar", "his fool, whose name was Nettle": a role noun the name is given right
 * after, by "called" or "named" or by a "whose name was" clause, is that person's role, so "the king said" is Berengar.
 */
function learnCalledRoles(items: readonly Item[], table: PeopleTable): void {
  for (let i = 1; i + 1 < items.length; i++) {
    // A definite subject before "called" is a clause's ("the captain called Kit down"), no naming.
    const whose = items[i].lower === 'whose' && items[i - 1].text === ',' && items[i + 1].lower === 'name' && /^(?:was|is)$/.test(items[i + 2]?.lower ?? '');
    if (!whose && !CALLING.test(items[i].lower)) continue;
    const head = whose ? i - 2 : i - 1;
    const role = items[head] && items[head].kind === 'word' && !items[head].capital ? calledRole(items, head, whose, (w) => table.isRole(w)) : null;
    const at = whose ? i + 3 : i + 1;
    const run = role ? table.runAfter(at) : null;
    if (!run || run[0] !== at || items[at].sentence !== items[i].sentence) continue;
    const person = table.personFor(run[0], run[1]);
    if (role!.noun) person.roles.add(role!.noun);
    else if (role!.gender && table.gender(person) === null) person.votes[role!.gender]++;
    // A lone name after "called" need not have read as a person's on its own ("a king called Berengar"): the role makes
    // it one. One after "whose name was" is left to namedDescriptions.ts, which reads the description's turns as theirs.
    if (!whose && !table.mentionAt(run[0])) table.addMention(person, run[0]);
  }
}

/** The description a name is given to: its role noun, none for a plain "a man", and the gender its head says. */
interface CalledRole {
  readonly noun: string | null;
  readonly gender: Gender | null;
}

/**
 * The role noun at item `head` (the lexicon's, or a calling the text's speech clauses make one, "said the fool") when a
 * determiner opens its description ("a king", "his fool"); none for a bare "man". Before "called" or "named" only an
 * indefinite one brings someone in: "the captain called Kit down" is a clause.
 */
function calledRole(items: readonly Item[], head: number, whose: boolean, isRole: (lower: string) => boolean): CalledRole | null {
  const noun = normalizeWord(items[head].lower);
  // "a Kentish boy called Dowsett", "a man named Tidmarsh": a plain noun for a person gives no role, but the name after
  // it is the person the description brought in, whom a he/she after it means.
  const plain = GENERIC_PERSON_NOUNS.has(noun) && !whose;
  if (!plain && (GENERIC_PERSON_NOUNS.has(noun) || KIN.has(noun) || !isRole(noun))) return null;
  for (let k = head - 1; k >= 0 && k >= head - DESCRIPTION_WORDS && items[k].kind === 'word' && items[k].sentence === items[head].sentence; k--) {
    if (/^(?:a|an)$/.test(items[k].lower) || (whose && /^(?:the|his|her|their|its|our|my)$/.test(items[k].lower))) {
      return { noun: plain ? null : noun, gender: roleGender(noun) };
    }
    // "a Kentish boy": a nationality or a county is a modifier, another capitalised word a name.
    if (items[k].capital && !isDemonym(items[k].text)) return null;
  }
  return null;
}
