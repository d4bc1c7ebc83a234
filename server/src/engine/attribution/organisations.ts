import { isKnownPersonNoun, isPersonNoun } from './clauses';
import { DETERMINERS, GENERIC_PERSON_NOUNS, KIN, ORGANISATION_WORDS, TEAM_TITLES } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { isCapitalised, type PeopleTable, type PersonRecord } from './people';
import { GIVEN_NAME_GENDER } from './givenNames';
import { qualifiesNamedRole } from './qualifyingNames';
import { ageAfterName } from './ageNouns';

// Names the people table holds that the text shows to be firms and bodies: "freight firm Skogfrakt", "The energy
// supplier, Corran Power,", "Nordvik Sealink, the operator,", "a Skogfrakt spokesman", "Skogfrakt said its …". A he or
// she never refers to them; nor to "Millbrook Primary" of "the headteacher of Millbrook Primary".

/** Nouns for firms and bodies that stand before or beside their names. */
const FIRM_NOUNS: ReadonlySet<string> = new Set(
  ('firm company supplier operator contractor carrier group maker retailer chain insurer developer airline broadcaster ' +
    'charity union club side team brand business startup start-up manufacturer bank lender utility ' +
    'provider distributor agency consultancy haulier shipper outlet newspaper ' +
    'network platform app service venue shop store').split(' '),
);

/** Person nouns a firm's name qualifies ("a Skogfrakt spokesman", "Skogfrakt's chief executive"). */
const STAFF = /^(?:spokesman|spokeswoman|spokesperson|staff|employee|employees|workers|worker|executive|executives|boss|bosses|director|directors|chief|engineer|engineers|driver|drivers|manager|managers|official|officials|representative|representatives)$/;

/** Words after a team's name for its people ("Ellis Vale supporters", "a Brannock Hill player"); not "tries", a verb too. */
const TEAM_FOLLOWERS = /^(?:fans|supporters|player|players|squad)$/;
/** A team's players and staff in the possessive ("Brannock Hill's fly-half", "the club's head coach"); no person has these. */
const SQUAD_ROLES = /^(?:captain|striker|strikers|goalkeeper|keeper|defender|defenders|midfielder|winger|fly-half|scrum-half|full-back|centre-back|hooker|prop|lock|fans|supporters)$/;

/** "the holders Ellis Vale", "Ellis Vale supporters", "Brannock Hill's fly-half" or "head coach": a team's name. */
export function writtenAsTeam(items: readonly Item[], first: number, last: number): boolean {
  const before = items[first - 1];
  const after = items[last + 1];
  if (isWord(before) && TEAM_TITLES.test(before.lower)) return true;
  if (isWord(after) && !after.capital && TEAM_FOLLOWERS.test(after.lower)) return true;
  // "Dunmore Vale were poor", "Dunmore Vale, who were relegated,", "Ashdown County have been given": a plural verb
  // after one name is a team's.
  const verb = after?.text === ',' && items[last + 2]?.lower === 'who' ? items[last + 3] : after;
  if (isWord(verb) && /^(?:were|are|have)$/.test(verb.lower) && !/^(?:and|&)$/.test(before?.lower ?? '') && before?.text !== ',') return true;
  if (!/['’]s$/.test(items[last].text)) return false;
  for (let k = last + 1; k <= last + 2 && isWord(items[k]) && !items[k].capital; k++) {
    if (SQUAD_ROLES.test(items[k].lower) || (items[k].lower === 'coach' && items[k - 1].lower === 'head')) return true;
  }
  return false;
}

function isFirmNoun(it: Item | undefined): boolean {
  return isWord(it) && !it.capital && FIRM_NOUNS.has(normalizeWord(it.lower));
}

/** Whether the run [first, last] is written as a firm's or a body's name. */
function writtenAsFirm(items: readonly Item[], first: number, last: number): boolean {
  const before = items[first - 1];
  const after = items[last + 1];
  // "freight firm Skogfrakt", "the operator Nordvik"
  if (isFirmNoun(before)) return true;
  // "The energy supplier, Corran Power,"
  if (before?.text === ',' && isFirmNoun(items[first - 2])) return true;
  // "Nordvik Sealink, the ferry operator," / "Corran Power, a supplier"; not "Ilya Brandt, the company's co-founder",
  // whose firm noun owns the head.
  if (after?.text === ',' && isWord(items[last + 2]) && DETERMINERS.has(items[last + 2].lower)) {
    for (let k = last + 3; k <= last + 6 && isWord(items[k]); k++) if (isFirmNoun(items[k]) && !/['’]s$/.test(items[k].text)) return true;
  }
  // "a Skogfrakt spokesman", "Skogfrakt's chief executive", "Rangers manager Tomasz Wilk"
  // "Wendle Ferries managers": staff in the plural need no article.
  if (isWord(after) && !after.capital && STAFF.test(after.lower) && (/^(?:a|an|the|one)$/.test(before?.lower ?? '') || isCapitalised(items[last + 2]) || /(?:s|staff)$/.test(after.lower))) return true;
  // "Liberal Democrat councillor Priya Shah", "Tigers coach Craig Whitlow": what the named person belongs to.
  if (qualifiesNamedRole(items, last)) return true;
  // "Network Rail's regional director": a modifier or two may stand between the owner and its staff noun.
  if (/['’]s$/.test(items[last].text)) {
    for (let k = last + 1; k <= last + 3 && isWord(items[k]) && !items[k].capital; k++) if (STAFF.test(items[k].lower)) return true;
  }
  // "the headteacher of Millbrook Primary", "the chair of Ashgrove": a role held at a name makes it a body's or a place's.
  const holder = items[first - 2];
  if (before?.lower === 'of' && isWord(holder) && !holder.capital && isPersonNoun(holder.lower) && !KIN.has(normalizeWord(holder.lower)) && !GENERIC_PERSON_NOUNS.has(normalizeWord(holder.lower))) return true;
  // "Skogfrakt said its drivers", "Skogfrakt and its owners": a person's would be his or hers.
  for (let k = last + 1; k <= last + 3 && isWord(items[k]); k++) if (items[k].lower === 'its') return true;
  if (speaksOfItself(items, last)) return true;
  // "According to Northline Promotions, the fight drew 9,400": a source of several words no person's name shows.
  if (before?.lower === 'to' && items[first - 2]?.lower === 'according' && last > first) return true;
  return writtenAsTeam(items, first, last);
}

/** What an "it" does after a speech verb when it is the speaker itself: "would", "had", "expected", not "was". */
const OWN_DEED = /^(?:would|will|had|has|could|can|expected|expects|planned|plans|intended|intends|hoped|hopes)$/;

/** "Velantis said it would apply", "Tallisker also said it had": a name that reports of itself as "it". */
function speaksOfItself(items: readonly Item[], last: number): boolean {
  let k = last + 1;
  if (isWord(items[k]) && /^(?:also|later|previously|earlier)$/.test(items[k].lower)) k++;
  return isWord(items[k]) && /^(?:said|says)$/.test(items[k].lower) && items[k + 1]?.lower === 'it' && OWN_DEED.test(items[k + 2]?.lower ?? '');
}

/** Whether the text shows a record to be a person: a given name before a surname, an honorific, a kin title. */
export function surelyPerson(p: PersonRecord): boolean {
  // "the holders Ellis Vale" gives the team a role that says nothing of a person.
  const personal = (r: string) => KIN.has(r) || (isKnownPersonNoun(r) && !TEAM_TITLES.test(r) && !TEAM_TITLES.test(`${r}s`));
  // "a former supreme court judge": a role keyed with its rank ("former judge") is still that person noun.
  const noun = (r: string) => r.slice(r.lastIndexOf(' ') + 1);
  return p.honorificGender !== null || (p.core.length > 1 && GIVEN_NAME_GENDER.has(normalizeWord(p.core[0]))) || [...p.roles].some((r) => personal(noun(r)));
}

/**
 * "hundreds of Adebanjo supporters", "Vance staffers": a surname alone before a plural noun says whose people they are;
 * when the text gave its bearer a full name, that is a person's following, not a body's name ("Ellis Vale supporters"
 * names the team in full).
 */
function surnameOfFollowers(items: readonly Item[], run: readonly [number, number], p: PersonRecord): boolean {
  const after = items[run[1] + 1];
  return run[0] === run[1] && p.core.length > 1 && normalizeWord(items[run[0]].text) === normalizeWord(p.core[p.core.length - 1]) &&
    isWord(after) && !after.capital && after.sentence === items[run[1]].sentence && /[^s]s$/.test(after.lower) && after.lower !== 'its';
}

/** First words of the text's names of several words that end on an organisation's word ("Larkspur" of "Larkspur Press"). */
function organisationsFirstWords(items: readonly Item[], table: PeopleTable): Set<string> {
  const found = new Set<string>();
  for (const run of table.nameRuns()) {
    if (run[1] > run[0] && ORGANISATION_WORDS.has(normalizeWord(items[run[1]].lower.replace(/['’]s?$/u, '')))) found.add(normalizeWord(items[run[0]].lower));
  }
  return found;
}

/**
 * The records of the table that the text writes, somewhere, as a firm's or a body's name, or by a lone word that
 * opens such a name elsewhere ("Larkspur has printed …" beside "published by Larkspur Press"): its short name.
 */
export function organisationsIn(items: readonly Item[], table: PeopleTable): Set<PersonRecord> {
  const found = new Set<PersonRecord>();
  let firstWords: Set<string> | null = null;
  // "the village shop, Halyna Borsuk, 74,": an age set after a name is a person's, whatever noun stands before it.
  const aged = new Set(table.mentions.filter((m) => table.runAfter(m.item)?.[0] === m.item && ageAfterName(items, table, m.item) !== null).map((m) => m.person));
  for (const m of table.mentions) {
    if (found.has(m.person) || surelyPerson(m.person) || aged.has(m.person)) continue;
    const run = table.runAfter(m.item);
    if (!run || run[0] !== m.item || surnameOfFollowers(items, run, m.person)) continue;
    if (writtenAsFirm(items, run[0], run[1])) found.add(m.person);
    else if (run[1] === run[0] && (firstWords ??= organisationsFirstWords(items, table)).has(normalizeWord(items[run[0]].lower))) found.add(m.person);
  }
  return found;
}
