import { PRONOUN_GENDER, SPEECH_VERBS } from './lexicon';
import { normalizeWord, parseName } from './names';
import { isWord, sentenceStart, type Item } from './narration';
import { COMPARED_AGES, tieOf } from './kinship';
import { comparedByGivenAge } from './agedPhrases';
import { opensContactClause } from './contactClauses';
import { OPENING_SENTENCES } from './principalPerson';
import type { PeopleTable, PersonMention, PersonRecord } from './people';

// An obituary or a family story names several people of one surname: "Ottilie Brandvold … her son, Eirik Brandvold".
// A lone "Brandvold" then is whichever of them fits the he or she the text goes on with ("Brandvold was born in
// 1935 … She often said"), not simply the one named last.

/** How many items after a lone surname its he/she is sought (its sentence and the next, as a rule). */
const REACH = 40;

/** Whether someone other than the person of mention `m` is named before it in its sentence. */
function afterAnother(items: readonly Item[], table: PeopleTable, m: PersonMention): boolean {
  return table.mentionsWithin(sentenceStart(items, m.item, Math.max(0, m.item - REACH)), m.item - 1).some((o) => o.person !== m.person);
}

/**
 * The gender of the first he/she/his/her after item `at`, within its sentence and the next. After a surname that
 * follows someone else named in its sentence (its object, as a rule), a quotation ends the search: the he or she of its
 * speech tag ("Tom Hale says the board asked Quayle to retire. “…,” he says.") is whoever spoke it. A he/she after
 * someone of another surname named in between, who may have its gender, may be theirs and says nothing ("Crane married
 * Ruth Delaney in 1968. She died in 2009.").
 */
function nextPronounGender(items: readonly Item[], table: PeopleTable, at: number, afterAnother: boolean): 'm' | 'f' | null {
  const sentence = items[at].sentence;
  const surname = normalizeWord(items[at].text);
  const between = new Set<'m' | 'f' | null>();
  for (let k = at + 1; k < items.length && k <= at + REACH && items[k].sentence <= sentence + 1; k++) {
    if (afterAnother && items[k].kind === 'quote') return null;
    if (!isWord(items[k])) continue;
    const g = /^(?:he|she|his|her|him)$/.test(items[k].lower) ? PRONOUN_GENDER.get(items[k].lower) : undefined;
    // "said Dunning, in a voice she had never heard him use": the she of a relative clause on a noun is its hearer's.
    if (g && opensContactClause(items, k)) continue;
    if (g) return between.has(g) || between.has(null) ? null : g;
    const other = items[k].capital ? table.mentionAt(k)?.person : undefined;
    if (other && normalizeWord(other.core[other.core.length - 1]) !== surname && !table.organisations.has(other)) between.add(table.gender(other));
  }
  return null;
}

/** Gives each lone shared surname to the one of its bearers, named before it, whose gender fits the pronoun after it. */
export function settleSharedSurnames(items: readonly Item[], table: PeopleTable): void {
  const firstMention = new Map<PersonRecord, number>();
  for (const m of table.mentions) if (!firstMention.has(m.person)) firstMention.set(m.person, m.item);
  for (const m of [...table.mentions]) {
    const surname = m.person.core[m.person.core.length - 1];
    const run = table.runAfter(m.item);
    if (m.person.core.length < 2 || !run || run[0] !== m.item || run[1] !== m.item || normalizeWord(items[m.item].text) !== normalizeWord(surname)) continue;
    const bearers = table.sharingAWord([surname])
      .filter((p) => p.core.length > 1 && p.core[p.core.length - 1] === surname && (firstMention.get(p) ?? Infinity) < m.item);
    if (bearers.length < 2) continue;
    const gender = nextPronounGender(items, table, m.item, afterAnother(items, table, m));
    if (!gender || table.gender(m.person) === gender) continue;
    // One of that gender, else the one whose gender the text has not shown ("Agathe Rondeau" beside her son).
    const fits = bearers.filter((p) => table.gender(p) === gender);
    const open = bearers.filter((p) => table.gender(p) === null);
    const fit = fits.length === 1 ? fits[0] : fits.length === 0 && open.length === 1 ? open[0] : null;
    if (fit && fit !== m.person) table.reassignMention(m.item, fit);
  }
}

/**
 * "Delroy Campbell … died on Friday. His wife of 52 years, Hyacinth Campbell, said … Campbell was born in Kingston": a
 * relative brought in by apposition after a lower-case phrase ("his wife, Hyacinth Campbell,") is named in full so that
 * a lone surname can stay with the one the story is about. So a first lone surname (item `at`) whose last bearer came
 * in so is the bearer the text named first.
 */
export function principalBearer(items: readonly Item[], mentions: readonly PersonMention[], candidates: readonly PersonRecord[], recent: PersonRecord, at: number): PersonRecord {
  // "the younger Petrovic" tells two bearers apart by itself.
  if (items[at - 1]?.lower === 'the' || items[at - 2]?.lower === 'the') return recent;
  const firstOf = (p: PersonRecord) => mentions.find((m) => m.person === p);
  const introduced = firstOf(recent);
  const apposed = !!introduced && items[introduced.item - 1]?.text === ',' && isWord(items[introduced.item - 2]) && !items[introduced.item - 2].capital;
  if (!apposed) return recent;
  let first: PersonMention | undefined;
  for (const p of candidates) {
    const m = firstOf(p);
    if (m && (!first || m.item < first.item)) first = m;
  }
  return first?.person ?? recent;
}

/** How many mentions, and sentences, back the sentence before a lone shared surname is sought. */
const LOOKBACK = 40;
const SENTENCES_BACK = 4;

/**
 * "Kyle Pike, 24, said he tried to reach him. “…,” he said. Pike said …": a lone surname (or Mr/Mrs and a surname)
 * that several people named in full bear, read in text order once the pronouns and kin words before it are known, is
 * the bearer the sentence before made its subject (its first mention that is no owner), when that bearer has the
 * gender its title or the he/she after it shows. `read` holds the mentions before it. Null when the table's own choice
 * stands (news names a dead man by his surname throughout; only the sentence just before, or a speech clause, says
 * otherwise). With no gender shown and no speech clause, the table's choice stands too: measured, guessing then cost
 * more than it won (the opening's bearer too: held out 21 -2).
 */
export function bearerInPassing(items: readonly Item[], table: PeopleTable, m: PersonMention, read: readonly PersonMention[]): PersonRecord | null {
  if (m.person.core.length < 2 || m.addressed) return null;
  const surname = m.person.core[m.person.core.length - 1];
  const run = table.runAfter(m.item);
  // "Pike's family": an owner named in the possessive is left to the table.
  if (!run || /['’]s$/.test(items[run[1]].text)) return null;
  const parsed = parseName(table.runText(run[0], run[1]));
  if (parsed.core.length !== 1 || normalizeWord(parsed.core[0]) !== normalizeWord(surname)) return null;
  // With no gender shown, only a speech clause right after the sentence naming one bearer says which it is.
  const speaker = SPEECH_VERBS.has(items[run[1] + 1]?.lower ?? '') || items[run[0] - 1]?.kind === 'quote';
  // "Miss Sophronia Wendover" is no one's "Mrs. Wendover" (see marriedOtherwise in people.ts).
  const all = table.sharingAWord([surname]).filter((p) => p.core.length > 1 && p.core[p.core.length - 1] === surname && !table.organisations.has(p) && table.mayBeTitled(p, parsed));
  if (all.length < 2) return null;
  // "Dr Maud Ellery … Her daughter, Nell Ellery … a report, which Dr Ellery co-wrote,": a titled surname one bearer
  // alone was given stays theirs, whatever follows it.
  const titled = parsed.titles.length > 0 ? titledHolder(table, read, table.runText(run[0], run[1])) : null;
  // "Mr" is every man's title, where a woman's may say more (Mrs, Ms, Miss): once another man of the surname has come
  // in ("Walter Greaves … Mr Greaves said … his grandson, Tom Greaves"), "Mr Greaves" alone no longer says which,
  // unless the text gives him a title of his own ("Cllr Richard Hale" is Cllr Hale).
  const rival = (p: PersonRecord) => p !== titled && all.includes(p) && table.gender(p) === 'm' && !titledOtherwise(table, read, p);
  const held = titled && isMister(parsed.titles) && read.some((r) => rival(r.person)) ? null : titled;
  if (held) return held !== m.person ? held : null;
  // "His son Ben Hale … The older Hale said": the ties read by now tell the two apart, else the ages the text gave.
  const age = items[run[0] - 2]?.lower === 'the' && COMPARED_AGES.test(items[run[0] - 1]?.lower ?? '') ? items[run[0] - 1].lower : null;
  // Failing that among them all, among the last two the text spoke of: "Her granddaughter, Siobhan Mulvaney, … the
  // younger Mulvaney said" compares the two in view, not the whole family.
  const pair = age ? lastTwoOf(read, all) : [];
  const compared = age ? (table.kinship.comparedByAge(all, age) ?? comparedByGivenAge(items, table, all, age, run[0]) ?? (pair.length === 2 ? table.kinship.comparedByAge(pair, age) : null)) : null;
  if (compared) return compared !== m.person ? compared : null;
  const gender = parsed.gender ?? nextPronounGender(items, table, run[1], afterAnother(items, table, m));
  if (!gender && !speaker) return null;
  // "Clare said … Mrs Ashdown said": a title too is kept for a bearer the text does not call by given name, when one
  // of those is known to have its gender.
  const uncalled = surnameBearers(items, table, read, all);
  const bearers = parsed.titles.length === 0 || uncalled.some((p) => table.gender(p) === parsed.gender) ? uncalled : all;
  const sentence = items[m.item].sentence;
  // One known to have that gender, when any is, over one whose gender the text has not shown ("Peder and Agnete
  // Holmgren … Mrs Holmgren").
  const known = !!gender && bearers.some((p) => table.gender(p) === gender);
  const fits = (p: PersonRecord) => bearers.includes(p) && (!gender || (known ? table.gender(p) : (table.gender(p) ?? gender)) === gender);
  let subjectSentence = -1;
  let subjectItem = -1;
  let subject: PersonRecord | null = null;
  let recent: PersonRecord | null = null;
  for (let k = read.length - 1; k >= 0 && k >= read.length - LOOKBACK && read[k].sentence >= sentence - SENTENCES_BACK; k--) {
    const r = read[k];
    if (r.addressed) continue;
    if (!recent && fits(r.person)) recent = r.person;
    if (r.sentence >= sentence || (subjectSentence >= 0 && r.sentence !== subjectSentence)) continue;
    subjectSentence = r.sentence;
    subjectItem = r.item;
    if (!/['’]s$/.test(items[r.item].text) && !/^(?:his|her|him|their)$/.test(items[r.item].lower)) subject = r.person;
  }
  // "Kyle Pike, 24, said …. ¶ “…,” Pike said": a quotation alone between them leaves that sentence the one just before.
  const justBefore = subjectSentence === sentence - 1 || (subjectSentence >= 0 && onlyQuotationsAfter(items, subjectItem, subjectSentence, run[0]));
  // A surname in a speech clause ("Brandt said", "“…,” Mr Brandt said") is else the bearer last mentioned, as the
  // clause itself will read it, by name, pronoun or kin word ("Derek Brandt's wife, Pauline, sat beside him"); failing
  // that, the bearer the opening names. A subject further back than the sentence before yields to that one.
  const opening = age ? null : openingBearer(items, read, fits);
  const bearer = subject && fits(subject) && (justBefore || (gender && !opening)) ? subject : ((speaker && gender ? recent : null) ?? opening);
  return bearer && bearer !== m.person ? bearer : null;
}

/** The last two of `bearers` mentioned in `read`, the latest first. */
function lastTwoOf(read: readonly PersonMention[], bearers: readonly PersonRecord[]): PersonRecord[] {
  const found: PersonRecord[] = [];
  for (let k = read.length - 1; k >= 0 && found.length < 2; k--) if (bearers.includes(read[k].person) && !found.includes(read[k].person)) found.push(read[k].person);
  return found;
}

/**
 * "Dr Alys Penrose … Their son, Dr Huw Penrose, … the younger Dr Penrose said. … Dr Penrose wrote": once a reporter has
 * told a relative apart (by given name, 'the younger'), the surname alone is the one the story is about: the bearer its
 * opening names, when nothing near it says otherwise ("the younger Penrose" is told apart by age instead).
 */
function openingBearer(items: readonly Item[], read: readonly PersonMention[], fits: (p: PersonRecord) => boolean): PersonRecord | null {
  const opening = (items[0]?.sentence ?? 0) + OPENING_SENTENCES;
  for (const r of read) {
    if (r.sentence >= opening) break;
    if (items[r.item].capital && fits(r.person)) return r.person;
  }
  return null;
}

/** Whether every item from the end of sentence `sentence` (read from item `from`) up to item `to` is a quotation or a mark. */
function onlyQuotationsAfter(items: readonly Item[], from: number, sentence: number, to: number): boolean {
  let k = from;
  while (k < to && items[k].sentence === sentence) k++;
  for (; k < to; k++) if (items[k].kind === 'word') return false;
  return true;
}

/** Bearers the text has called by their given name alone so far, per mention list (kept up with as it grows). */
const givenNamedSoFar = new WeakMap<readonly PersonMention[], { read: number; called: Set<PersonRecord> }>();

/**
 * "Winston Campbell … “…,” Winston said. … In 1994 Campbell told the Gazette": a family the text tells apart calls its
 * members by their given names, and keeps the surname alone for the one the story is about. So the bearers a lone
 * surname may be are those never called by their given name alone, when any are.
 */
function surnameBearers(items: readonly Item[], table: PeopleTable, read: readonly PersonMention[], bearers: PersonRecord[]): PersonRecord[] {
  let state = givenNamedSoFar.get(read);
  if (!state) givenNamedSoFar.set(read, (state = { read: 0, called: new Set() }));
  for (; state.read < read.length; state.read++) {
    const r = read[state.read];
    const run = table.runAfter(r.item);
    // "her son Liam", "his sister, Pearl,": a given name introducing a relative is no sign of how the text calls them.
    const introduced = items[r.item - 1]?.text === ',' || !!tieOf(items[r.item - 1]?.lower ?? '');
    if (run && run[0] === r.item && run[1] === r.item && !introduced && normalizeWord(items[r.item].text) === normalizeWord(r.person.core[0])) state.called.add(r.person);
  }
  const called = state.called;
  const never = bearers.filter((p) => !called.has(p));
  return never.length > 0 ? never : bearers;
}

/** Titled surnames read so far ("Mrs Dobson") by the one bearer the text gave each, null for several; per mention list. */
const titledSoFar = new WeakMap<readonly PersonMention[], { read: number; holders: Map<string, PersonRecord | null> }>();

/**
 * "Karen and Luke Dobson … “…,” Mrs Dobson said. … said Tess Dobson, the baby's aunt. Mrs Dobson held a photograph":
 * a title and surname the text has already given one bearer (alone or with a given name, "Mrs Karen Dobson"), and
 * no other, stays theirs. The mentions read are kept up with as they grow, so a novel of many Mr and Mrs stays linear.
 */
function titledHolder(table: PeopleTable, read: readonly PersonMention[], written: string): PersonRecord | null {
  let state = titledSoFar.get(read);
  if (!state) titledSoFar.set(read, (state = { read: 0, holders: new Map() }));
  for (; state.read < read.length; state.read++) {
    const r = read[state.read];
    const run = table.runAfter(r.item);
    const form = run && run[0] === r.item && run[1] > run[0] ? titledSurname(table.runText(run[0], run[1])) : null;
    if (!form) continue;
    const holder = state.holders.get(form);
    state.holders.set(form, holder === undefined || holder === r.person ? r.person : null);
  }
  const form = titledSurname(written);
  return form === null ? null : state.holders.get(form) ?? null;
}

/** Whether a name's titles are "Mr" alone. */
function isMister(titles: readonly string[]): boolean {
  return titles.length === 1 && /^(?:mr|mister)$/.test(normalizeWord(titles[0]));
}

/** Whether the text has named `p` with a title other than "Mr" ("Cllr Richard Hale", "Dr Hale"). */
function titledOtherwise(table: PeopleTable, read: readonly PersonMention[], p: PersonRecord): boolean {
  return read.some((r) => {
    if (r.person !== p) return false;
    const run = table.runAfter(r.item);
    const titles = run && run[0] === r.item ? parseName(table.runText(run[0], run[1])).titles : [];
    return titles.length > 0 && !isMister(titles);
  });
}

/** "Mrs Dobson" of "Mrs Dobson" or "Mrs Karen Dobson"; null for a name with no title. */
function titledSurname(written: string): string | null {
  const parsed = parseName(written);
  return parsed.titles.length > 0 && parsed.core.length > 0 ? `${parsed.titles.join(' ')} ${parsed.core[parsed.core.length - 1]}` : null;
}
