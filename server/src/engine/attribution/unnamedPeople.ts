import { isKnownPersonNoun } from './clauses';
import { isDemonym } from './demonyms';
import { describedInFull } from './fullDescriptions';
import { IRREGULAR_PAST, SPEECH_VERBS, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { withholdsName } from './withheldNames';
import type { PeopleTable, PersonRecord } from './people';

// Someone the narration brings in unnamed ("a teenage volunteer stacked chairs") is a person the he/she after it
// refers to as much as a named one: as the subject of the sentence before a pronoun, such a description becomes an
// entity of the people table, named by the description the text gave it, so that centering follows the pronouns'
// chain to it rather than to the last man or woman the text named. A definite description is left to the rules for
// those (descriptions.ts): in news and in fiction alike it is as a rule someone named before or after; only a bare
// "the man" or "the woman", the plainest words for a stranger, becomes such an entity too.

/** How many words may stand between the article and the person noun ("a tall, thin young man" has no comma here). */
const MODIFIERS = 3;
const AUXILIARIES = /^(?:was|were|is|are|had|has|have|would|could|did|will)$/;

interface Unnamed {
  /** The entity made for the description opening at an item. */
  readonly byItem: Map<number, PersonRecord>;
  /** The stranger nouns ("man", "woman") some named person holds as a role, read once. */
  held?: ReadonlySet<string>;
}

const known = new WeakMap<PeopleTable, Unnamed>();

/**
 * The unnamed person the indefinite description opening at item `s` ("A woman from the bakery") brings in, when its
 * head is a person noun of `gender` or of none and its sentence gives them no name; 'other' when its head is of the
 * other gender; null when `s` opens no such description. The same entity for every pronoun that reaches it.
 */
export function unnamedSubject(items: readonly Item[], table: PeopleTable, s: number, gender: Gender): PersonRecord | 'other' | null {
  const article = items[s].lower;
  // "Another parent, who asked not to be named, said …": another is as indefinite as a or an.
  if (!/^(?:a|an|another|one|the)$/.test(article)) return null;
  let state = known.get(table);
  if (!state) known.set(table, (state = { byItem: new Map() }));
  const before = state.byItem.get(s);
  if (before) return fits(table, before, gender);
  const last = headAfter(items, s);
  if (last < 0) return null;
  const head = normalizeWord(items[last].lower);
  const g = roleGender(head);
  if (g && g !== gender) return 'other';
  if (namedInOwnSentence(items, table, s) || apposedToName(items, table, s)) return null;
  if (article === 'the' && !unnamedDefinite(items, table, state, s, last, head)) return null;
  // "One man, who did not want to give his name, stood …": one picked from those just spoken of is a newcomer when the
  // text withholds the name; one it goes on to name or describe ("One girl stood alone") is left to those rules.
  if (article === 'one' && !withholdsName(items, last + 1)) return null;
  // "A man in a knit cap is holding a clipboard. … The man looks at the signature": the newcomer "a" brought in.
  const person = (article === 'the' ? introducedBefore(items, table, s, head, gender) : null) ?? made(items, s, last, gender);
  state.byItem.set(s, person);
  table.addMention(person, s);
  return fits(table, person, gender);
}

/** Whether `person` is an unnamed newcomer a description brought in, not someone the text names. */
export function isNewcomer(table: PeopleTable, person: PersonRecord): boolean {
  const state = known.get(table);
  return !!state && [...state.byItem.values()].includes(person);
}

/** How many items back "the man" may call again the newcomer "a man …" brought in: a paragraph or two. */
const INTRODUCED_REACH = 150;

/**
 * The entity of the nearest indefinite description before item `s` with the head noun `head` ("a man in a knit cap"),
 * within reach, made for it if no pronoun has reached it yet.
 */
function introducedBefore(items: readonly Item[], table: PeopleTable, s: number, head: string, gender: Gender): PersonRecord | null {
  for (let k = s - 1; k >= 0 && k >= s - INTRODUCED_REACH; k--) {
    if (!/^(?:a|an)$/.test(items[k].lower)) continue;
    const last = headAfter(items, k);
    if (last < 0 || normalizeWord(items[last].lower) !== head) continue;
    const person = unnamedSubject(items, table, k, gender);
    return person === 'other' ? null : person;
  }
  return null;
}

/** The plainest words for someone a text has not named: a bare "the man" is, as a rule, no one it names. */
const STRANGERS = /^(?:man|woman)$/;

/**
 * Whether the definite description at `s` headed by item `last` is someone unnamed: a bare "the man" or "the woman"
 * (not "the old man", which fiction as often says of one it named) that is no named person's role, or one whose
 * relative clause says the text withholds the name ("The former employee, who asked not to be named,").
 */
function unnamedDefinite(items: readonly Item[], table: PeopleTable, state: Unnamed, s: number, last: number, head: string): boolean {
  if (withholdsName(items, last + 1)) return true;
  if (last !== s + 1 || !STRANGERS.test(head)) return false;
  // Who holds such a role is read once, not with a scan back over the mentions per description.
  state.held ??= new Set(table.persons.flatMap((p) => [...p.roles].filter((r) => STRANGERS.test(r))));
  return !state.held.has(head);
}

/** The entity for the indefinite description at item `s` headed by item `last`, of the head's gender or the pronoun's. */
function made(items: readonly Item[], s: number, last: number, gender: Gender): PersonRecord {
  const end = describedInFull(items, last);
  const known = roleGender(normalizeWord(items[last].lower)) ?? gender;
  const name = phrase(items, s, end > last && endsSubject(items, end) ? end : last);
  return { name, core: [], aliases: new Set(), roles: new Set(), honorificGender: null, votes: { m: known === 'm' ? 1 : 0, f: known === 'f' ? 1 : 0 } };
}

/**
 * Whether the description of a subject may end at item `end`: before a comma, an auxiliary, a speech verb or a regular
 * past tense ("A woman from the bakery stopped"). Irregular verbs are not known ("a man in a grey suit came down the
 * stairs"), and a description running on into its verb is no one's; the bare head is the safer name then.
 */
function endsSubject(items: readonly Item[], end: number): boolean {
  const next = items[end + 1];
  if (!next || !isWord(items[end]) || /^(?:the|a|an|of)$/.test(items[end].lower)) return false;
  if (next.text === ',') return true;
  return isWord(next) && (AUXILIARIES.test(next.lower) || SPEECH_VERBS.has(next.lower) || (next.lower.length >= 5 && /[^e]ed$/.test(next.lower)));
}

function fits(table: PeopleTable, person: PersonRecord, gender: Gender): PersonRecord | 'other' {
  const g = table.gender(person);
  return g && g !== gender ? 'other' : person;
}

/**
 * The item of the person noun heading the description after the article at `s`, past a few modifiers in lower case;
 * -1 if there is none. A plural ("a few men") or an owner ("a man's") is no one a he/she refers to.
 */
function headAfter(items: readonly Item[], s: number): number {
  for (let k = s + 1; k <= s + MODIFIERS && isWord(items[k]) && items[k].sentence === items[s].sentence; k++) {
    const it = items[k];
    // "a Marovian diplomat": a nationality is a modifier, a capitalised word else a name ("a bassist Imani …").
    if ((it.capital && !isDemonym(it.text)) || /['’]s?$/u.test(it.text)) return -1;
    if (!isKnownPersonNoun(it.lower)) continue;
    const head = normalizeWord(it.lower);
    // "a senior police officer": a role noun after the first is the head.
    const next = items[k + 1];
    if (isWord(next) && !next.capital && next.sentence === it.sentence && isKnownPersonNoun(next.lower) && !/['’]s?$/u.test(next.text)) continue;
    // "a bassist Imani Sowerby had hired": a role before a name is the named person's.
    return /[^su]s$/.test(head) || (isWord(next) && next.capital) ? -1 : k;
  }
  return -1;
}

/** How many words a description may run to between its head noun and its verb ("with a toffee apple"). */
const VERB_REACH = 8;

/**
 * Whether the indefinite description at `s` ("a small boy with a toffee apple") is followed, before any comma, by a verb
 * in the past ("came hurtling in", "had been standing"): the subject of a clause, not a noun joined in a list or an
 * apposition ("his wife and a specialist in detectors,"), nor one a relative clause goes on with.
 */
export function subjectOfPastVerb(items: readonly Item[], s: number): boolean {
  const last = headAfter(items, s);
  if (last < 0 || items[last].lower === 'voice') return false;
  for (let k = last + 1; k <= last + VERB_REACH && isWord(items[k]) && items[k].sentence === items[s].sentence; k++) {
    const w = items[k].lower;
    if (/^(?:and|or|who|whom|whose|that|which)$/.test(w)) return false;
    // An -ed word after a preposition or a determiner is an adjective ("in infrared detectors").
    const adjective = /^(?:in|of|with|from|at|on|by|a|an|the|his|her|their|its|my|our|your)$/.test(items[k - 1].lower);
    if (AUXILIARIES.test(w) || IRREGULAR_PAST.has(w) || (w.length >= 5 && /[^e]ed$/.test(w) && !adjective)) return true;
  }
  return false;
}

/** How many items after a description a name may follow that gives it ("A woman who gave her name only as Bea"). */
const NAMING_REACH = 15;

/**
 * Whether the sentence the description at `s` opens names someone soon after it: its person, in apposition ("A
 * volunteer at the hall, Meredith Clough,") or as a name given ("who would say only that he was called Jay"), or the
 * one it is described by ("An aide to Senator Ruth Kane"), whom the he/she may as well be about.
 */
function namedInOwnSentence(items: readonly Item[], table: PeopleTable, s: number): boolean {
  const limit = Math.min(items.length - 1, s + NAMING_REACH);
  // A firm's name ("a fund that held Corvane shares") is no one the he/she may be about.
  return table.mentionsWithin(s + 1, limit).some((m) => m.sentence === items[s].sentence && items[m.item].capital && !table.organisations.has(m.person));
}

/** "Ashdown-Kerr, a 44-year-old former headteacher,": a description right after a name and its comma is that name's. */
function apposedToName(items: readonly Item[], table: PeopleTable, s: number): boolean {
  const run = s >= 2 && items[s - 1].text === ',' ? table.runBefore(s - 2) : null;
  return !!run && table.mentionsWithin(run[0], run[1]).length > 0;
}

/** The words of items [first, last] as the text gives them, with the article in lower case. */
function phrase(items: readonly Item[], first: number, last: number): string {
  let text = '';
  for (let k = first; k <= last; k++) text += (k > first && items[k].start > items[k - 1].end ? ' ' : '') + items[k].text;
  return text[0].toLowerCase() + text.slice(1);
}
