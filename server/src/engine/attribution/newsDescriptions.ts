import { ageAfterName, describesAge, isAgeNoun } from './ageNouns';
import { isDocumentOrBody } from './bodies';
import { isDemonym } from './demonyms';
import { kinNounAfter } from './kinship';
import { isPersonNoun, phraseAfter, unnamedInFull } from './clauses';
import { GENERIC_PERSON_NOUNS, KIN, PRONOUN_GENDER, SPEECH_VERBS, SUBORDINATORS, isVerbModifier, roleGender, type Gender } from './lexicon';
import { normalizeWord } from './names';
import { isWord, sentenceStart, type Item } from './narration';
import { heldAsAnothers } from './ownedRoles';
import { isRoleNoun, type PeopleTable, type PersonRecord } from './people';
import { isFreshRole } from './freshDescriptions';
import { principalOfRole } from './principalPerson';

// News calls the person it has just named by a fresh description: "Mensah, 22, said he had felt contact. “…,” the
// forward said", "Her captain, Dean Holloway, said … The 31-year-old defender added". A definite role phrase that no
// one was given is the named subject of the sentence just before, when its gender fits.

/** How far back the sentence before is sought. */
const REACH = 80;
/** How far before that sentence a person must have been mentioned for a fresh description to be theirs. */
const ESTABLISHED_REACH = 400;

/**
 * The named first person (not an owner; a he/she only as its sentence's subject or a quotation's clause) of the
 * sentence before the phrase [first, last], if it fits `gender`. Fiction brings in new people by such phrases ("the
 * waggoner"), so only news's marks count: an age or a capitalised adjective in the phrase ("the 31-year-old
 * defender", "the Portuguese coach"), a name written with its age ("Mensah, 22,"), or a person whose speech that
 * sentence reports ("Hale said she had stayed away"); in a speech clause (`inClause`), also a role noun the text has not
 * used before, for someone it was about before that sentence ("She is ambivalent. “…,” the novelist said").
 */
export function describedAgain(items: readonly Item[], table: PeopleTable, first: number, last: number, gender: Gender | null, inClause = false, chain = true): PersonRecord | null {
  const at = first;
  const head = normalizeWord(items[last].lower);
  // "the regional health department" speaks as itself; "the authors" are more than the one named before.
  // "the prime minister’s spokesman" is someone else's, not the one the sentence before named.
  if (GENERIC_PERSON_NOUNS.has(head) || isDocumentOrBody(head) || /[^su]s$/.test(head) || heldAsAnothers(items, first, last)) return null;
  const start = sentenceStart(items, at, Math.max(0, at - REACH));
  if (start === 0 || items[start - 1].sentence === items[at].sentence) return null;
  // The sentence before, or the one with the clause that a run of quotation alone goes on from ("“…,” Mensah said.
  // “…” The striker …").
  let end = start - 1;
  let before = sentenceStart(items, end, Math.max(0, end - REACH));
  for (let n = 0; n < QUOTED_RUN && before > 0 && isQuotationAlone(items, before, end); n++) {
    end = before - 1;
    before = sentenceStart(items, end, Math.max(0, end - REACH));
  }
  // "Ruth Calloway, 64, arrived in 1999. The inspection report described it as ‘…’. ‘…,’ the head teacher recalls": a
  // sentence naming no one at all is passed over, once, by a description in lower case ("The Aldmark Chamber of
  // Commerce" is a body's name).
  let passed = end + 1;
  // "One former member of the IT team, who spoke on condition of anonymity, said …. “…,” the former employee said":
  // a sentence bringing in someone unnamed whose speech it reports names no one, but the description is theirs.
  const namesNoOne = before > 0 && table.mentionsWithin(before, end).length === 0;
  if (namesNoOne && unnamedSpeaker(items, before)) return null;
  if (namesNoOne && !items.slice(at + 1, last + 1).some((it) => it.capital)) {
    passed = before;
    end = before - 1;
    before = sentenceStart(items, end, Math.max(0, end - REACH));
  }
  // "Elodie Moreau insisted … The 24-year-old, seeded sixth, beat the Japanese … “…,” the Frenchwoman said": a
  // sentence opening on a description of no one named there goes on with whom that description is, once.
  const opening = chain && !table.mentionAt(before) && newsMarked(items, first, last) ? openingDescriptionHead(items, before) : -1;
  const chained = opening >= 0 ? describedAgain(items, table, before, opening, gender, false, false) : null;
  if (chained) return chained;
  // An owner opening the sentence is its subject when what is theirs is no one ("Jordan’s account is different.",
  // "Volkanov's camp released a video."); "Smith's lawyer" is someone else.
  const owning = (m: { item: number }) => m.item === before && !isPersonNoun(items[m.item + 1]?.lower ?? '');
  // "The lead role of Ada Pell is played by Rosalind Achebe": a name after "of" is what the subject is of, not who.
  const ofPhrase = (m: { item: number }) => items[m.item - 1]?.lower === 'of' || isOpponent(items, m.item);
  // "Dunmore head coach Luis Echeverri refused …": a team or firm qualifying the name is whose they are, not who.
  const candidates = table.mentionsWithin(before, end).filter((m) => !m.addressed && (!/['’]s$/.test(items[m.item].text) || owning(m)) && !/^(?:his|her)$/.test(items[m.item].lower) && !ofPhrase(m) && !table.organisations.has(m.person));
  // "Asked if Valente would play, Garside sighed": a name in the clause opening the sentence is not its subject.
  const opener = openingClauseEnd(items, table, before);
  const named = candidates.find((m) => m.item > opener) ?? candidates[0];
  // A he/she opening the sentence is its subject as a name is ("Dunmore, 68, waited. He said …"), and so is one
  // right after a quotation, its clause ("“…,” she said."), or one a speech verb follows ("Speaking outside, he said:").
  const pronoun = named && PRONOUN_GENDER.has(items[named.item].lower);
  if (!named || (pronoun && named.item !== before && items[named.item - 1]?.kind !== 'quote' && !reportsSpeech(items, named.item) && !subjectAfterOpening(items, before, named.item)) || table.organisations.has(named.person)) return null;
  // A quotation after its subject's speech verb is that speaker's ("Finch said he backed them “up to a point.”"); any
  // other in a sentence of an earlier paragraph may be a conversation's turn, whose speaker is not the one described:
  // unless the description reports speech itself ("The chief executive said the cause was …"), as news does.
  const speaks = reportsSpeech(items, named.item);
  const quoteFirst = items.slice(before, named.item).some((it) => it.kind === 'quote');
  // "The striker, who joined from Ashvale's academy two years ago, did not celebrate": a news aside of who they are.
  const aside = items[last + 1]?.text === ',' && items[last + 2]?.lower === 'who';
  // "“…,” Marr says. ¶ The former captain now coaches …": a past role calls back that speaker, turns or no turns.
  const pastRole = items.slice(at + 1, last).some((it) => PAST_ROLE.test(it.lower));
  const newsLike = speaks && (!quoteFirst || reportsSpeech(items, last) || aside || pastRole);
  if (!newsLike && items[before].paragraph !== items[at].paragraph && items.slice(before, passed).some((it) => it.kind === 'quote')) return null;
  // "“…,” the novelist said" of a role the text never gave anyone, for one it was already about (freshDescriptions.ts).
  const fresh = inClause && items[at].lower === 'the' && isRoleNoun(head) && isFreshRole(items, last) &&
    table.mentionsWithin(Math.max(0, before - ESTABLISHED_REACH), before - 1).some((m) => m.person === named.person);
  // "the Spaniard said", "the 27-year-old said": a nationality or an age is news's mark as a capitalised adjective is.
  const marked = speaks || fresh || items.slice(at + 1, last + 1).some((it) => isAgeNoun(it.lower)) || describesAge(head) || pastRole || items.slice(at + 1, last).some((it) => it.capital) ||
    isDemonym(items[last].text) || ageAfterName(items, table, named.item) !== null;
  const g = table.gender(named.person);
  // A fresh role answering, in a paragraph of its own, a quotation someone was named after is the principal person's
  // when the text has one it fits (principalOfRole), not that voice's: "“…I think she thought something was wrong,”
  // Mulvaney said. ¶ “I did think something was wrong,” the midwife said" in a profile of the midwife.
  const principal = fresh && quoteFirst && items[before].paragraph !== items[at].paragraph ? principalOfRole(items, table, at, gender) : null;
  if (principal && principal !== named.person) return null;
  return marked && (!gender || !g || g === gender) ? named.person : null;
}

/**
 * Whether the name at item `at` follows "against", past an article and a nationality: "Her win against the Hungarian
 * Lena Horvath lasted six hours" is about the one who won, not the opponent, whom a description after it does not mean.
 */
export function isOpponent(items: readonly Item[], at: number): boolean {
  let k = at - 1;
  if (isWord(items[k]) && isDemonym(items[k].text)) k--;
  if (isWord(items[k]) && /^(?:the|a|an)$/.test(items[k].lower)) k--;
  return items[k]?.lower === 'against';
}

/** Whether the sentence opening at item `s` opens on someone unnamed ("A picker", "One former member of …") whose speech it reports. */
function unnamedSpeaker(items: readonly Item[], s: number): boolean {
  const subject = /^(?:a|an|one|another)$/.test(items[s].lower) ? phraseAfter(items, s, true) : null;
  return subject?.kind === 'phrase' && isPersonNoun(items[subject.last].lower) && reportsSpeech(items, unnamedInFull(items, subject.first, subject.last));
}

/**
 * The comma closing a subordinate or participle clause that opens the sentence at item `s` ("Asked if Valente would
 * be in the squad,", "When Reyes arrived,"), else -1: whom it names is not the sentence's subject.
 */
function openingClauseEnd(items: readonly Item[], table: PeopleTable, s: number): number {
  const opening = items[s];
  if (!isWord(opening) || table.mentionAt(s) || !(opensClause(opening.lower) || /^\p{L}+ed$/u.test(opening.lower))) return -1;
  for (let k = s + 1; k < items.length && items[k].sentence === opening.sentence; k++) {
    if (items[k].text === ',') return k;
    if (!isWord(items[k])) return -1;
  }
  return -1;
}

/** Words that open a subordinate clause, whose subject is not the sentence's: "After he left, …", "that she". */
const opensClause = (word: string) => SUBORDINATORS.test(word) || /^(?:because|unless|whether|that|where)$/.test(word);
/** How many words an opening phrase before its sentence's subject may take ("On Sunday at Elmsfield Links he"). */
const OPENING_WORDS = 8;

/**
 * Whether the he/she at item `at` is the subject of the sentence opening at `from`, after a phrase of time or place
 * set off by no comma: "On Sunday at Elmsfield Links he closed with a 68". A subordinator right before it ("When she
 * arrived") makes it another clause's.
 */
function subjectAfterOpening(items: readonly Item[], from: number, at: number): boolean {
  if (!/^(?:he|she)$/.test(items[at].lower) || at - from > OPENING_WORDS || opensClause(items[at - 1]?.lower ?? '')) return false;
  return items.slice(from, at).every((it) => isWord(it) && it.text !== ',' && !PRONOUN_GENDER.has(it.lower));
}

/** Whether the description [first, last] bears news's mark of a fresh description: an age, a nationality, a capitalised modifier. */
function newsMarked(items: readonly Item[], first: number, last: number): boolean {
  return items.slice(first + 1, last + 1).some((it) => isAgeNoun(it.lower)) || isDemonym(items[last].text) || items.slice(first + 1, last).some((it) => it.capital);
}

/** The head of a description opening at item `at` ("The 24-year-old,", "The Spaniard", "The veteran defender"), else -1. */
function openingDescriptionHead(items: readonly Item[], at: number): number {
  if (items[at]?.lower !== 'the') return -1;
  for (let j = at + 1; j <= at + 3 && isWord(items[j]) && items[j].sentence === items[at].sentence; j++) {
    if (isAgeNoun(items[j].lower) || isDemonym(items[j].text)) return j;
    if (items[j].capital || /['’]s$/.test(items[j].text)) return -1;
    if (isRoleNoun(normalizeWord(items[j].lower)) && !isRoleNoun(normalizeWord(items[j + 1]?.lower ?? ''))) return j;
  }
  return -1;
}

/**
 * "“…,” Marr says. The former captain now coaches in Dublin": a role someone held ("former", "retired") is news's
 * way of calling back the one whose past it has just told, as an age is.
 */
const PAST_ROLE = /^(?:former|retired|ex)$/;

/** How many sentences of quotation alone a description looks back over for their clause. */
const QUOTED_RUN = 3;

/** Whether the sentence [from, to] is quotation alone (a quotation going on past its clause's sentence). */
function isQuotationAlone(items: readonly Item[], from: number, to: number): boolean {
  return items[from].kind === 'quote' && items.slice(from, to + 1).every((it) => it.kind === 'quote' || !/\p{L}/u.test(it.text));
}

/** How many items an aside between a subject and its verb may take ("Hale, who wrote the novel in 1993, said"). */
const ASIDE_REACH = 24;

/**
 * Whether the person mentioned at item `at` is the subject of a speech verb ("Hale said she had stayed away", "Harold
 * Finch, 71, whose operation was put off, said", "Reyes admitted her side …"): the name, an aside between commas,
 * adverbs, then the verb. News goes on from reported speech to the words themselves, so a description in the next
 * clause is that speaker's.
 */
export function reportsSpeech(items: readonly Item[], at: number): boolean {
  // "“…,” said Dr Amara Oyelaran": the subject of an inverted speech verb after a quotation, past a title.
  let b = at - 1;
  while (b > at - 3 && items[b]?.capital && items[b].kind === 'word') b--;
  if (items[b]?.kind === 'word' && SPEECH_VERBS.has(items[b].lower) && (items[b - 1]?.kind === 'quote' || items[b - 1]?.text === ',')) return true;
  let k = at + 1;
  while (items[k]?.capital && items[k].kind === 'word') k++;
  // "Amankwah himself described the goals as “…”": a reflexive stressing the subject stands between it and its verb.
  if (/^(?:himself|herself)$/.test(items[k]?.lower ?? '')) k++;
  // "The restaurant's owner, Gary Tate, said": the name is itself the aside, its verb right after the comma.
  if (items[k]?.text === ',' && items[k + 1] && SPEECH_VERBS.has(items[k + 1].lower)) return true;
  // "Harold Finch, 71, whose operation was put off, said": one aside or a few, each between commas.
  for (let asides = 0; items[k]?.text === ',' && asides < 3; asides++) {
    let close = k + 1;
    while (close < items.length && close <= k + ASIDE_REACH && items[close].text !== ',' && items[close].sentence === items[at].sentence) close++;
    // "Edna Pike, 79, of Sefton Street, who said she used the lane": a last aside reporting their speech.
    if (items[k + 1]?.lower === 'who' && SPEECH_VERBS.has(items[k + 2]?.lower ?? '')) return true;
    if (items[close]?.text !== ',') return false;
    k = close + 1;
    while (items[k] && isVerbModifier(items[k].lower)) k++;
    if (items[k] && SPEECH_VERBS.has(items[k].lower)) return true;
    k = close;
  }
  while (items[k] && isVerbModifier(items[k].lower)) k++;
  return !!items[k] && (SPEECH_VERBS.has(items[k].lower) || givesAccount(items, k));
}

/** Nouns for a telling of events: "gave a different account", "disputed that version", "offered another view". */
const ACCOUNTS = /^(?:account|version|view|picture|explanation)$/;

/** Whether the verb at `k` takes a telling for its object ("gave a different account"): it reports speech. */
function givesAccount(items: readonly Item[], k: number): boolean {
  if (!isWord(items[k]) || items[k].capital) return false;
  for (let j = k + 1; j <= k + 3 && isWord(items[j]) && items[j].sentence === items[k].sentence; j++) if (ACCOUNTS.test(items[j].lower)) return j > k + 1;
  return false;
}

/**
 * The name in apposition opening at item `first` ("Maisie" of "Her granddaughter, Maisie, who is 9, had been"), or
 * null when a speech verb follows it (", said", ", 22, said"): that relative speaks the quotation their own sentence cues.
 */
function apposedName(items: readonly Item[], first: number): string | null {
  let last = first;
  while (items[last + 1]?.capital && items[last + 1].sentence === items[first].sentence) last++;
  if (items[last + 1]?.text !== ',') return null;
  // "Leo Ortiz, 22, said": an age written after the name is still the apposition.
  let k = /^\d{1,3}$/.test(items[last + 2]?.text ?? '') && items[last + 3]?.text === ',' ? last + 4 : last + 2;
  while (items[k] && isVerbModifier(items[k].lower)) k++;
  return items[k] && SPEECH_VERBS.has(items[k].lower) ? null : items.slice(first, last + 1).map((w) => w.text).join(' ');
}

/**
 * "Her mother, she says, has been asking …": the relative of that gender the sentence just before item `at` opens on
 * ("her mother", "the boy’s mother"; "whose son" when a relative clause owns them, for the caller to give the owner).
 */
export function relativeJustBefore(items: readonly Item[], at: number, gender: Gender): string | null {
  const start = sentenceStart(items, at, Math.max(0, at - REACH));
  // A quotation opening its paragraph goes on from the paragraph before ("Janice Wrayburn, whose son … ¶ “He said, ‘…’”").
  if (start === 0 || (items[start - 1].paragraph !== items[at].paragraph && start !== at)) return null;
  let before = sentenceStart(items, start - 1, Math.max(0, start - 1 - REACH));
  // "He says his father, a pharmacist, taught him …": after a speech clause opening the sentence.
  if (/^(?:he|she)$/.test(items[before].lower) && SPEECH_VERBS.has(items[before + 1]?.lower ?? '')) before += items[before + 2]?.lower === 'that' ? 3 : 2;
  // The relative the sentence opens on, else the one it brings up later ("…, told the court she had confronted her
  // brother. “He looked me in the eye and said, ‘…’”").
  const relative = (k: number) => {
    const owner = items[k];
    // "the boy’s mother": a person noun in the possessive owns the relative as "his" does, and stays in the label.
    const possessor = owner.lower === 'the' && isWord(items[k + 1]) && /['’]s$/.test(items[k + 1].lower) && isPersonNoun(items[k + 1].lower.slice(0, -2)) ? items[k + 1] : null;
    // "her 10-year-old son": an age between the owner and the kin word describes the relative; the label keeps the tie.
    // "her eldest daughter": a kin adjective tells which relative, and the label keeps it.
    const first = possessor ? k + 2 : k + 1;
    const adjectives = possessor ? first : Math.max(first, kinNounAfter(items, k));
    const at = isAgeNoun(items[first]?.lower ?? '') ? first + 1 : adjectives;
    const kin = items[at];
    // "Janice Wrayburn, whose son is serving …, said": a relative clause's "whose" owns the relative as "her" does.
    const whose = owner.lower === 'whose' && items[k - 1]?.text === ',';
    if (!(possessor || whose || /^(?:his|her|their)$/.test(owner.lower)) || kin?.kind !== 'word') return null;
    // "grandmother" is kin as "mother" is.
    const noun = normalizeWord(kin.lower);
    if (!KIN.has(noun.replace(/^(?:great-?)?grand/, '')) || roleGender(noun) !== gender) return null;
    // A relative named in apposition: "His grandson, Kofi Campbell, said his grandfather …" is the one speaking;
    // "Her granddaughter, Maisie, who is 9, had been skeptical" is the one the next quotation's she goes back to.
    if (items[at + 1]?.text === ',' && items[at + 2]?.capital) return apposedName(items, at + 2);
    return [owner.lower, possessor?.text, ...items.slice(first === adjectives ? at : first, at + 1).map((w) => w.lower)].filter(Boolean).join(' ');
  };
  for (let k = before; k < start - 1; k++) {
    const found = relative(k);
    if (found) return found;
  }
  return null;
}
