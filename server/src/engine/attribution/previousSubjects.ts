import { isAgeNoun } from './ageNouns';
import { describedNameStart } from './describedNames';
import { isKnownPersonNoun } from './clauses';
import { ADDRESSEE_VERBS, COUNT_WORDS, KIN, PRONOUN_GENDER, SPEECH_VERBS, SUBORDINATORS, type Gender } from './lexicon';
import { isWord, sentenceStart, type Item } from './narration';
import { isCommonOpening } from './openingCapitals';
import { describedAgain } from './newsDescriptions';
import { isNewcomer, subjectOfPastVerb, unnamedSubject } from './unnamedPeople';
import { withholdsName } from './withheldNames';
import { afterReportingAside } from './reportingAsides';
import { isCapitalised, isRoleNoun, type PeopleTable, type PersonMention, type PersonRecord } from './people';

// Centering: a he/she opening an utterance ("She said …", "“…,” she added") refers, when its gender fits, to the
// subject of the sentence just before, not to another person that sentence names in passing (an object, an owner in
// the possessive, someone in a "that" clause or named later) nor to the last one who spoke: "The 34-year-old, who has
// said this will be her last season, was mobbed as Lopez watched. “…,” she added."

/** How many items back a sentence's start is sought. */
const REACH = 80;
/** How many items an opening phrase ("Near the end of his speech,") may take before its comma. */
const OPENING_REACH = 20;
/** How many sentences back a subject is sought past sentences whose subject is no person ("Pellar now expects …"). */
const SENTENCES = 2;

const POSSESSIVE = /['’]s?$/u;
const NOT_IN_NOUN_PHRASE = /^(?:as|while|when|after|before|with|at|in|on|by|to|from|and|but|or|who|whom|which|that|was|is|were|are|had|has|have|will|would)$/;
const PREPOSITIONS = /^(?:round|around|about|above|across|after|against|along|among|at|before|behind|below|beneath|beside|besides|between|beyond|by|down|for|from|in|inside|into|near|of|off|on|onto|out|outside|over|past|through|to|toward|towards|under|upon|with|within|without)$/;
const OPENERS = /^(?:after|before|when|while|as|although|though|despite|since|once|if|later|earlier|then|meanwhile|afterwards|still|yet|however|now|today|yesterday|last|during|until|asked)$/;
const CONNECTIVES = /^(?:but|and|yet|still|later|then|now|so|also|however|afterwards|instead|again)$/;
const OWNERS = /^(?:his|her|their|its|my|our|your)$/;
/** Conjunctions that, after a comma or a semicolon, open a clause with a subject of its own. */
const CLAUSE_JOINERS = /^(?:and|but|yet)$/;
/** How many words a subject's noun phrase may take before its name or its comma ("The council's head of planning,"). */
const APPOSED_REACH = 7;
/** How many more words an "of" phrase may add to it ("of one of the smaller coastal members"). */
const OF_REACH = 3;

/**
 * The subject of the sentence before the he/she at item `at` when it fits `gender`: a person the text names, calls by a
 * role or age it gave them ("the 34-year-old"), or refers to by a he/she of that gender. Null when the pronoun does not
 * open its utterance, when that sentence is a quotation's (turns and clauses have their own rules), or when its
 * subject is someone of the other gender.
 */
export function previousSubject(items: readonly Item[], table: PeopleTable, at: number, gender: Gender): PersonRecord | null {
  const start = sentenceStart(items, at, Math.max(0, at - REACH));
  // Only quotations, commas and connectives may stand before the pronoun in its sentence ("“…,” she added", "But
  // she said", "Later, he added"), or phrases opening it ("In an email to the managers, read to the court, he wrote").
  if (!afterOpeningPhrases(items, table, start, at)) {
    // "“…,” said she": the speech verb of an inverted clause, right before the pronoun, as well.
    const inverted = (k: number) => k === at - 1 && SPEECH_VERBS.has(items[k].lower) && items[k - 1]?.kind !== 'word';
    for (let k = start; k < at; k++) if (items[k].kind === 'word' ? !CONNECTIVES.test(items[k].lower) && !inverted(k) : items[k].kind === 'punct' && items[k].text !== ',') return null;
  }
  let end = start - 1;
  let named = false;
  for (let n = 0; n < SENTENCES && end >= 0; n++) {
    let first = sentenceStart(items, end, Math.max(0, end - REACH));
    // "“I am proud.” Delgado, who …": a quotation ending on its own full stop, then the narration's subject.
    if (items[first].kind === 'quote' && /[.!?]\W*$/u.test(items[first].text) && first < end && items[first + 1].capital) first++;
    if (items[first].kind !== 'word' || items[first].paragraph < items[at].paragraph - 1) return null;
    const subject = lastClauseSubject(items, table, first, end, gender) ?? subjectOf(items, table, first, end, gender);
    // "One official, who asked not to be named, said …. ¶ Back in the house, Renfrew was asked whether …. “…,” he
    // said": a name in the sentence just before is nearer than a newcomer the text never named further back.
    if (subject !== 'none') return subject === 'other' || (named && subject && isNewcomer(table, subject)) ? null : subject;
    named = namesOneOfGender(items, table, first, end, gender);
    end = first - 1;
  }
  return null;
}

/** Whether the sentence [first, end] names someone, by a name in capitals, whom a he/she of `gender` may mean. */
function namesOneOfGender(items: readonly Item[], table: PeopleTable, first: number, end: number, gender: Gender): boolean {
  return table.mentionsWithin(first, end).some((m) => items[m.item].capital && !table.organisations.has(m.person) && (table.gender(m.person) ?? gender) === gender);
}

/**
 * The person who is the subject of the sentence [first, end]; 'other' when it is someone of another gender, 'none'
 * when it is a firm or a name the table took for no person ("Pellar now expects …"), null when it cannot be read.
 */
function subjectOf(items: readonly Item[], table: PeopleTable, first: number, end: number, gender: Gender): PersonRecord | 'other' | 'none' | null {
  const opened = afterAside(items, first, afterOpeningPhrase(items, table, first, end), end);
  const s = opened > first ? afterReportingAside(items, opened, end) : opened;
  const word = items[s];
  // "It was generally agreed at Hollins Green that Mrs. Pellew had …": an it holding the place of a "that" clause has
  // that clause's subject for its own.
  const that = word.lower === 'it' ? placeHeldFor(items, s, end) : -1;
  if (that >= 0) return subjectOf(items, table, that + 1, end, gender);
  // "The three Miss Pellews were all at home": a group counted is no one a he/she goes on with.
  if (word.lower === 'the' && COUNT_WORDS.test(items[s + 1]?.lower ?? '')) return 'none';
  let person: PersonRecord | null;
  if (/^(?:he|she)$/.test(word.lower)) {
    if (PRONOUN_GENDER.get(word.lower) !== gender) return 'other';
    person = table.mentionAt(s)?.person ?? null;
  } else {
    // "The former employee, who asked not to be named, disputed …": one whose name the text withholds is no one it named.
    const comma = apposedComma(items, s, end);
    const withheld = comma >= 0 && withholdsName(items, comma);
    person = withheld ? null : (apposed(items, table, s, end) ?? leadingName(items, table, s, end) ?? (word.lower === 'the' ? describedSubject(items, table, s, gender) : null));
    // "A woman in a red coat stopped to watch.": someone the narration brings in unnamed.
    if (!person) {
      const unnamed = unnamedSubject(items, table, apposedDescription(items, s, end), gender);
      if (unnamed === 'other') return 'other';
      person = unnamed;
    }
  }
  // "Pellar now expects revenue of …": a capitalised subject the table holds no person for is a firm's or a place's name.
  if (!person) {
    const run = OWNERS.test(word.lower) ? null : table.runAfter(s);
    return run && table.mentionsWithin(run[0], run[1]).length === 0 ? 'none' : null;
  }
  if (table.organisations.has(person)) return 'none';
  // "Alexandra asked him what he had done with his overcoat. “…,” he called": the one the subject spoke to, of the
  // pronoun's gender, is the one who answers; one it only looked at or acted on is not ("Lumb regarded him …").
  const object = objectOfGender(items, s + 1, end, gender);
  if (object >= 0 && isSpokenTo(items, object)) {
    const answering = table.mentionAt(object)?.person;
    return answering && answering !== person ? answering : null;
  }
  // "Gillies and Sinclair exchange a look. “…,” she says": a joint subject is a pair no he or she goes on with.
  const named = table.runAfter(s);
  if (named && items[named[1] + 1]?.lower === 'and' && isCapitalised(items[named[1] + 2])) return 'none';
  const g = table.gender(person);
  if (g && g !== gender) return 'other';
  // A lone name of no known gender may be a firm's, or in fiction anyone's: only a fuller one is taken for the subject.
  return g || person.core.length > 1 || person.honorificGender ? person : null;
}

/**
 * "Eleanor made no answer; but Kitty declared at once …": the subject of the last clause a conjunction after a comma
 * or a semicolon opens in the sentence [first, end], when it fits `gender`; the one who acted last is the one who goes
 * on. Null when there is no such clause or its subject does not fit (the sentence's own subject is read then). In a
 * sentence a subordinate clause opens, an "and" may join that clause's parts ("As soon as …, and Millie had been …,
 * she carried"): only a clause no later subject follows is the main clause's last ("When he had gone she bandaged the
 * eyes, and Fairlie lay back").
 */
function lastClauseSubject(items: readonly Item[], table: PeopleTable, first: number, end: number, gender: Gender): PersonRecord | null {
  const subordinate = SUBORDINATORS.test(items[first].lower);
  for (let k = end; k > first + 1; k--) {
    const person = /^(?:he|she)$/.test(items[k].lower) || (items[k].capital && !!table.mentionAt(k));
    if (subordinate && items[k - 1].text === ',' && person) return null;
    const joiner = CLAUSE_JOINERS.test(items[k - 1].lower);
    const joined = items[k - 1].text === ';' || (joiner && (/^[,;]$/.test(items[k - 2].text) || opensFiniteClause(items, table, k)));
    // "The door opened and a woman in a quilted coat came in": a newcomer brought in as the subject of the last clause
    // is the one the narration turned to, with or without a comma before its "and".
    if (joiner && /^(?:a|an)$/.test(items[k].lower) && subjectOfPastVerb(items, k)) {
      const newcomer = unnamedSubject(items, table, k, gender);
      if (newcomer) return newcomer === 'other' ? null : newcomer;
    }
    if (!joined || !person) continue;
    // "Eleanor; Catherine; and Lucy — were all at home": a list's last name, with no verb of its own, opens no clause.
    const after = items[(items[k].capital ? table.runAfter(k)?.[1] ?? k : k) + 1];
    if (!after || !(after.text === ',' || (after.kind === 'word' && !after.capital))) return null;
    const subject = subjectOf(items, table, k, end, gender);
    return subject === 'other' || subject === 'none' ? null : subject;
  }
  return null;
}

/** Auxiliaries that, right after a subject, show a finite clause of its own. */
const AUXILIARIES = /^(?:was|were|is|are|had|has|have)$/;

/**
 * "… the handbag was back on the locker and Doreen's eyes were half shut": a name after an "and" with no comma opens a
 * clause of its own when an auxiliary follows it, or follows a thing of theirs (its owner is who that clause is about);
 * without one it may be a second object or a joint subject ("looked at Tom and Jane", "Tom and Jane went"), and after
 * a name it is one ("Aunt Cordelia and Mrs Tuckwell have been at daggers drawn").
 */
export function opensFiniteClause(items: readonly Item[], table: PeopleTable, k: number): boolean {
  const run = items[k].capital && table.mentionAt(k) && !isCapitalised(items[k - 2]) ? table.runAfter(k) : null;
  if (!run) return false;
  let verb = run[1] + 1;
  if (POSSESSIVE.test(items[run[1]].text) && ownsAThing(items[verb])) verb++;
  return isWord(items[verb]) && AUXILIARIES.test(items[verb].lower);
}

/** How many items an "it was agreed" may take before its "that" ("It was generally agreed at Hollins Green that"). */
const PLACE_HOLDER_REACH = 8;

/** The "that" of "It was … that" (or "It is …", "It had been …") after the it at `it`, in [it, end]; -1 if none. */
function placeHeldFor(items: readonly Item[], it: number, end: number): number {
  if (!/^(?:was|is|had)$/.test(items[it + 1]?.lower ?? '')) return -1;
  for (let k = it + 2; k < end && k <= it + PLACE_HOLDER_REACH; k++) {
    if (items[k].kind !== 'word') return -1;
    if (items[k].lower === 'that') return k;
  }
  return -1;
}

/** The first item after a phrase opening the sentence at `first` ("Near the end of his speech, Dominguez …"). */
function afterOpeningPhrase(items: readonly Item[], table: PeopleTable, first: number, end: number): number {
  const opener = items[first];
  // "Police said that Lopez, who …": only a preposition, a subordinator, an adverb or a participle opens a phrase.
  if (table.mentionAt(first) || !(OPENERS.test(opener.lower) || PREPOSITIONS.test(opener.lower) || /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(opener.text) || adverbBeforePreposition(items, first))) return first;
  // "When Gerald Anstey, then its critic, wrote that he played ‘as though …’, Teague": a clause's subject may have an
  // appositive, and its words may quote, before the comma that ends it.
  const clause = SUBORDINATORS.test(opener.lower);
  const named = clause && isCapitalised(items[first + 1]) ? table.runAfter(first + 1) : null;
  for (let k = first + 1; k <= end && k <= first + OPENING_REACH; k++) {
    if (items[k].kind === 'quote' && !clause) return first;
    if (items[k].text !== ',') continue;
    if (named && k === named[1] + 1) {
      const close = nextComma(items, k + 1, Math.min(end, first + OPENING_REACH));
      if (close < 0) return first;
      k = close;
      continue;
    }
    return k + 1 <= end ? k + 1 : first;
  }
  return first;
}

/** The first comma in [from, to], -1 if none comes before a quotation. */
function nextComma(items: readonly Item[], from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (items[k].kind === 'quote') return -1;
    if (items[k].text === ',') return k;
  }
  return -1;
}

/**
 * "Back in Brackley Moor,", "Out on the pitch,": a capitalised word the text writes nowhere else as a name, no noun of
 * people, before a preposition: an adverb opening a phrase of place or time.
 */
function adverbBeforePreposition(items: readonly Item[], first: number): boolean {
  const next = items[first + 1];
  return isWord(next) && PREPOSITIONS.test(next.lower) && isCommonOpening(items, first, first) && !isKnownPersonNoun(items[first].lower) && !isRoleNoun(items[first].lower);
}

/**
 * "At the hall on Wharf Street, where the Red Cross had set up cots, a retiree sat": the first item after a relative
 * aside going on from the opening phrase that ends at `s`, up to its comma; `s` when there is none.
 */
function afterAside(items: readonly Item[], first: number, s: number, end: number): number {
  if (s === first || !/^(?:where|which|when)$/.test(items[s].lower)) return s;
  for (let k = s + 1; k < end && k <= s + OPENING_REACH; k++) {
    if (items[k].kind === 'quote') return s;
    if (items[k].text === ',') return k + 1;
  }
  return s;
}

/**
 * Whether item `at` follows a phrase opening its sentence at `start`, and any asides after it, each ending at a comma
 * ("In an email to the managers, read to the court, he wrote").
 */
function afterOpeningPhrases(items: readonly Item[], table: PeopleTable, start: number, at: number): boolean {
  let s = afterOpeningPhrase(items, table, start, at);
  if (s === start) return false;
  // "After Ms Amadi had read the letter aloud, she said": a clause of its own, whose subject the pronoun may be.
  if (SUBORDINATORS.test(items[start].lower) && table.mentionsWithin(start, s - 1).length > 0) return false;
  for (let n = 0; n < 2 && s < at; n++) {
    // An aside opens on a word in lower case that is no subject ("read to the court,").
    if (items[s].kind !== 'word' || items[s].capital || table.mentionAt(s) || SUBJECT_PRONOUNS.test(items[s].lower)) return false;
    let k = s + 1;
    while (k < at && k <= s + OPENING_REACH && items[k].text !== ',' && items[k].kind === 'word') k++;
    if (items[k]?.text !== ',') return false;
    s = k + 1;
  }
  return s === at;
}

/** "The 34-year-old, who …", "The veteran setter was …": a description news gives the person it has just named. */
function describedSubject(items: readonly Item[], table: PeopleTable, the: number, gender: Gender): PersonRecord | null {
  let head = -1;
  // A known person noun or an age, not one guessed from its ending ("the chamber").
  for (let k = the + 1; k <= the + 3 && items[k]?.kind === 'word' && items[k].sentence === items[the].sentence; k++) {
    if (isKnownPersonNoun(items[k].lower) || isAgeNoun(items[k].lower)) head = k;
  }
  return head < 0 ? null : describedAgain(items, table, the, head, gender);
}

/**
 * "The local councillor, Sian Morgan,", "Anna Kerr's lawyer, Ruth Lam,": a noun phrase opening the sentence at `s`
 * and ending on a common noun, then the name in apposition to it.
 */
function apposed(items: readonly Item[], table: PeopleTable, s: number, end: number): PersonRecord | null {
  const k = apposedComma(items, s, end);
  return k >= 0 ? namedAt(table, describedNameStart(items, k + 1, end)) : null;
}

/**
 * The comma after a noun phrase opening the sentence at `s` and ending on a common noun ("Her neighbour,"), or after a
 * "One" or "Another" picking someone from those just spoken of ("Several investors wrote. One, a retired teacher,"),
 * or -1.
 */
function apposedComma(items: readonly Item[], s: number, end: number): number {
  // "the prime minister of one of the smaller coastal members,": each "of" phrase lengthens the noun phrase it ends.
  let reach = APPOSED_REACH;
  for (let k = s + 1; k <= end && k <= s + reach; k++) {
    if (items[k].lower === 'of') reach += OF_REACH;
    if (items[k].text === ',') return k < end && (!items[k - 1].capital || (k === s + 1 && PICKED.test(items[s].lower))) ? k : -1;
    // "Her daughter laughed as a customer, Maria Lopez, walked in": a clause, not a noun phrase, before the comma.
    if (items[k].kind !== 'word' || NOT_IN_NOUN_PHRASE.test(items[k].lower) || SPEECH_VERBS.has(items[k].lower)) return -1;
  }
  return -1;
}

/**
 * "Her neighbour, an elderly man who would not give his name, said": the indefinite description in apposition to the
 * noun phrase opening the sentence at `s` says who its unnamed subject is; its article's item, else `s`.
 */
function apposedDescription(items: readonly Item[], s: number, end: number): number {
  const k = apposedComma(items, s, end);
  return k >= 0 && /^(?:a|an)$/.test(items[k + 1]?.lower ?? '') ? k + 1 : s;
}

/**
 * "Brackley manager Neil Parkes", "Captain Jamie Fenwick", "the 34-year-old" (a mention of whom the text gave that
 * age): the person named among the capitalised words and role nouns opening the sentence at `s`, not in the possessive.
 */
function leadingName(items: readonly Item[], table: PeopleTable, s: number, end: number): PersonRecord | null {
  for (let k = s; k <= end && k <= s + APPOSED_REACH; k++) {
    const it = items[k];
    const m = table.mentionAt(k);
    // "His son said …": the owner's relative, when the text named them ("Her daughter laughed" after "her daughter,
    // Clara,"), else no one the table holds.
    if (m && OWNERS.test(it.lower)) {
      const relative = table.mentionAt(k + 1)?.person;
      return relative && relative !== m.person ? relative : null;
    }
    // A lone surname several people bear is left to the reading of shared surnames.
    if (m && table.bearerAt(k)) return null;
    const last = table.runAfter(k)?.[1] ?? k;
    // "Sandoval's attention had turned to …": an owner whose thing (no person) opens the sentence is what it is about.
    if (m && (POSSESSIVE.test(it.text) || POSSESSIVE.test(items[last].text))) return ownsAThing(items[last + 1]) ? m.person : null;
    if (m) return m.person;
    // "Student union president Aisha Khan": a modifier in lower case right before a role noun.
    if (it.kind !== 'word' || !(it.capital || isRoleNoun(it.lower) || (isRoleNoun(items[k + 1]?.lower ?? '') && !NOT_IN_NOUN_PHRASE.test(it.lower)))) return null;
  }
  return null;
}

/** Whether the word after an owner's name is a thing of theirs, in lower case and no person ("attention", not "lawyer"). */
function ownsAThing(next: Item | undefined): boolean {
  return !!next && next.kind === 'word' && !next.capital && !isRoleNoun(next.lower) && !isKnownPersonNoun(next.lower) && !KIN.has(next.lower);
}

/** The person of the name run opening at item `at` ("Councillor Jo Price": its mention may sit on any of its words). */
function namedAt(table: PeopleTable, at: number): PersonRecord | null {
  const run = table.runAfter(at);
  return run ? (table.mentionsWithin(run[0], run[1])[0]?.person ?? null) : null;
}

/** An object him/her ("asked him what", "told her to"), not an owner's her ("her last season"). */
const AFTER_OBJECT = /^(?:what|that|to|if|whether|about|how|why|when|where|who|for|and|but|or|again|back|out|up|down|off|in|on|at|with|as|so|into|from)$/;

/** The first him, or her used as an object, of `gender` in items [from, to]; -1 if none. */
function objectOfGender(items: readonly Item[], from: number, to: number, gender: Gender): number {
  for (let k = from; k <= to; k++) {
    const w = items[k].lower;
    // "Kyle Pike said he tried to reach him": a him/her in a clause the subject reports is no one they spoke to; nor
    // one in a clause of a subject of its own ("remembers the night she first heard her").
    if (CLAUSE_OPENERS.test(w) || SUBJECT_PRONOUNS.test(w)) return -1;
    if (w !== 'him' && w !== 'her') continue;
    const next = items[k + 1];
    if (PRONOUN_GENDER.get(w) === gender && (w === 'him' || !next || next.kind !== 'word' || AFTER_OBJECT.test(next.lower))) return k;
  }
  return -1;
}

/** Whether the him/her at item `k` is the object of a verb of speaking ("asked him", "told her", "shouted at him"). */
function isSpokenTo(items: readonly Item[], k: number): boolean {
  const verb = /^(?:to|at)$/.test(items[k - 1]?.lower ?? '') ? items[k - 2] : items[k - 1];
  return !!verb && (SPEECH_VERBS.has(verb.lower) || ADDRESSEE_VERBS.has(verb.lower));
}

const SUBJECT_PRONOUNS = /^(?:he|she|they|i|we|you)$/;
/** A pronoun picking one person from a group, written with a capital only as it opens its sentence. */
const PICKED = /^(?:one|another)$/;
/** Words that open a clause of its own between a subject and a pronoun ("Ward said the police had arrested him"). */
const CLAUSE_OPENERS = /^(?:that|who|whom|which|when|while|as|because|after|before|if|and|but|or|said|says|told|tells|thought|knew)$/;
/** How many items an aside between a subject and its verb may take ("Whitcombe, her opponent in four finals,"). */
const ASIDE_REACH = 20;
/** How many words a simple clause may hold between its subject and its object ("Sam Ward quietly asked him"). */
const CLAUSE_REACH = 3;

/**
 * "Sam Ward asked him what he had done": the subject of the simple clause whose object is the him or her at item `i`,
 * who is someone else than that object. `read` holds the mentions before `i`, in text order.
 */
export function subjectOfObject(items: readonly Item[], read: readonly PersonMention[], i: number): PersonRecord | null {
  const w = items[i].lower;
  // "He glanced round him": after a preposition the pronoun may be the subject itself.
  if ((w !== 'him' && (w !== 'her' || objectOfGender(items, i, i, 'f') < 0)) || PREPOSITIONS.test(items[i - 1]?.lower ?? '')) return null;
  // The nearest mention before it, else the one an aside between commas follows ("Whitcombe, her opponent, asked her").
  let r = read.length - 1;
  const aside = (x: number) => read[x].sentence === items[i].sentence && OWNERS.test(items[read[x].item].lower) && items[read[x].item - 1]?.text === ',';
  while (r > 0 && aside(r)) r--;
  const m = read[r];
  if (!m || m.sentence !== items[i].sentence || OWNERS.test(items[m.item].lower) || /^(?:him|her)$/.test(items[m.item].lower)) return null;
  let k = m.item + 1;
  while (k < i && items[k].kind === 'word' && items[k].capital) k++;
  if (POSSESSIVE.test(items[k - 1].text)) return null;
  if (items[k]?.text === ',') {
    let close = k + 1;
    while (close < i && close <= k + ASIDE_REACH && items[close].text !== ',') close++;
    if (close >= i || items[close].text !== ',') return null;
    k = close + 1;
  }
  if (i - k > CLAUSE_REACH) return null;
  for (; k < i; k++) if (items[k].kind !== 'word' || CLAUSE_OPENERS.test(items[k].lower)) return null;
  return m.person;
}
