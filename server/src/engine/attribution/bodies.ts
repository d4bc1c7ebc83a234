import { objectOfGenderAfter } from './objectPronouns';
import type { Attribution, Mention } from '../types';
import { isBodyHead, isKnownPersonNoun, isPersonNoun, unnamedInFull } from './clauses';
import { afterDateline } from './datelines';
import { describedNameStart } from './describedNames';
import { describedInFull } from './fullDescriptions';
import { newAppointee } from './newAppointees';
import { introducedBody } from './introducingDescriptions';
import { lastBefore } from './wordPositions';
import { BODY_NOUNS, DETERMINERS, FUNCTION_WORDS, GENERIC_PERSON_NOUNS, ORGANISATION_WORDS, PHRASE_STOPS, PRONOUN_GENDER, SPEECH_VERBS, SUBORDINATORS, isVerbModifier, roleGender, sameRole, withLowerDeterminer, type Gender } from './lexicon';
import { isTitleWord, normalizeWord } from './names';
import { insideName, isTerm, isWord, pronounOpeningNextSentence, sentenceStart, type Item } from './narration';
import { PLACE_FIRST_WORDS, isCapitalised, isRoleNoun, type PeopleTable } from './people';
import { givesNameWithin } from './namedAs';
import { calledByName } from './namings';
import { INITIALS, acronymsIn, spelledOut } from './acronyms';
import { bodyRunOns } from './bodyContinuations';
import { fullBodyName, organisationNames } from './bodyShortNames';
import { surelyPerson, writtenAsTeam } from './organisations';
import { CORRESPONDENCE, WRITTEN_BY, authorAfter, behalfOf, issuerSaying, issuingVerbOf, ownerOfDocument, personalAuthorAfter, writerBefore } from './documentWriters';
import { TEAM_NOUNS, isTeamName } from './teams';
import { findsThat } from './rulings';

// Speakers that are not named people: documents ("the report concluded that “…”", a sign that "reads “…”"),
// organisations ("the union said in a statement that “…”") and unnamed individuals described as the text first
// gives them ("one official", "a spokesman for the department"). News credits words to all of them; a person-only
// reading leaves them without a speaker or takes a word of the description for a name.

/** Nouns for what speaks in writing: a quotation they hold is theirs. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  ('report review statement letter draft sign notice memo memorandum study survey audit inquiry ruling judgment ' +
    'judgement verdict filing lawsuit complaint petition motion bill plan proposal document guidance policy ' +
    'assessment analysis evaluation investigation inspection findings summary minutes transcript email message post tweet ' +
    'placard banner leaflet flyer flier mailer pamphlet newsletter brochure advert advertisement poster label warning headline editorial column ' +
    'press release announcement order decree resolution charter manifesto agreement contract treaty affidavit ' +
    'declaration website paper accounts invoice invoices log logbook materials caption submission notebook diary ' +
    'text communique communiqué readout cable dossier indictment bulletin tag sticker inscription motto plaque appendix').split(' '),
);

/**
 * Nouns that are a document only as someone's: "The department’s response … records", "the tribunal’s written
 * decision describes", "The party’s code of conduct requires". Alone they are often what others speak of ("Ofwat
 * criticised the decision. It said …" is Ofwat).
 */
const OWNED_DOCUMENT_NOUNS = /^(?:response|decision|code)$/;

/** Whether the word at `k` is a document's noun after its owner's possessive, a modifier at most between. */
function ownedDocumentNoun(items: readonly Item[], k: number): boolean {
  if (!isWord(items[k]) || !OWNED_DOCUMENT_NOUNS.test(items[k].lower)) return false;
  const possessive = (j: number) => isWord(items[j]) && /['’]s$/.test(items[j].text);
  return possessive(k - 1) || (possessive(k - 2) && isWord(items[k - 1]) && !items[k - 1].capital);
}

/** Verbs a document or a body "speaks" with besides the speech verbs: a sign reads, a review finds or calls, an agreement commits. */
const WRITTEN_VERBS: ReadonlySet<string> = new Set(
  ('read reads find finds found call calls called label labels labelled labeled dub dubs dubbed term terms termed ' +
    'brand brands branded recommend recommends recommended urge urges urged commit commits committed record records recorded ' +
    // What a document binds its parties to: "A copy of the agreement … requires both sides to “…”".
    'require requires required oblige obliges obliged ' +
    // A verdict given in the quoted words: "Inspectors have rated the home “inadequate”", "judged “possibly related”".
    'rate rates rated judge judges judged deem deems deemed grade grades graded').split(' '),
);

/** Verbs by which a body puts out a document: "The ministry issued a statement". */
const ISSUING_VERBS = /^(?:issued|issues|released|releases|published|publishes|sent|sends)$/;

/**
 * "The ministry issued a statement on Tuesday", "… released a joint statement": an issuing verb takes the statement as
 * its object, so it ends the subject's phrase (the ministry, the statement's issuer, is the subject). A statement
 * only: a plan or a report a body publishes goes on to speak as itself.
 */
const issuesDocument = (items: readonly Item[], k: number): boolean =>
  isWord(items[k]) && ISSUING_VERBS.test(items[k].lower) && /^(?:a|an|the|its|their)$/.test(items[k + 1]?.lower ?? '') &&
  [items[k + 2], items[k + 3]].some((w) => isWord(w) && WRITTEN_BY.test(normalizeWord(w.lower)));

/** Words opening a phrase before a sentence's subject ("Outside the depot, a sign …") that FUNCTION_WORDS lacks. */
const OPENERS: ReadonlySet<string> = new Set(
  'outside inside near beyond behind above below beside along around throughout amid amongst past upon within'.split(' '),
);

/** Prepositions that tie an unnamed person to what they speak for: "a spokesman for the department". */
const AFFILIATION = /^(?:for|from|of)$/;

/** How many sentences back an "it", "the statement" or "the official" looks for what it refers to. */
const SENTENCES_BACK = 3;
/** How many sentences back "the same statement" may reach for the one it points to. */
const SAME_DOCUMENT_BACK = 40;

type Kind = 'person' | 'document' | 'body' | 'name' | 'owner' | 'it';

interface Subject {
  readonly kind: Kind;
  readonly first: number;
  readonly last: number;
  /** The head noun, for phrases. */
  readonly head: string;
}

function kindOfHead(head: string): Kind | null {
  const w = normalizeWord(head);
  if (DOCUMENT_NOUNS.has(w)) return 'document';
  if (BODY_NOUNS.has(w) || ORGANISATION_WORDS.has(w)) return 'body';
  return isPersonNoun(w) ? 'person' : null;
}

/** A speech verb's plain form, which after an article is a noun ("a smile", "a faint laugh", "a whisper"). */
function isSpeechNoun(w: string): boolean {
  // "A report found": a document speaks, whatever verb its noun also is.
  return SPEECH_VERBS.has(w) && !DOCUMENT_NOUNS.has(w) && (SPEECH_VERBS.has(`${w}s`) || SPEECH_VERBS.has(`${w}es`) || (w.endsWith('y') && SPEECH_VERBS.has(`${w.slice(0, -1)}ies`)));
}

/** Whether a word names a document ("report", "letter", "minutes"): what speaks in writing. */
export function isDocumentNoun(word: string): boolean {
  const w = normalizeWord(word.toLowerCase());
  return DOCUMENT_NOUNS.has(w) || OWNED_DOCUMENT_NOUNS.test(w);
}

/** Whether a phrase's head noun names a document or a body ("the health inspectorate"): it speaks as itself. */
export function isDocumentOrBody(head: string): boolean {
  const kind = kindOfHead(head);
  return kind === 'document' || kind === 'body';
}

/**
 * Whether the phrase [first, last] is a body's name written whole ("The American Civil Liberties Union of Virginia",
 * "the Diocese of Wexcombe"): capitalised to its end, with a body's word before its "of" or "for". No role of anyone.
 */
export function isBodyName(items: readonly Item[], first: number, last: number): boolean {
  if (!isCapitalised(items[last])) return false;
  for (let k = first + 1; k < last; k++) if (/^(?:of|for)$/.test(items[k].lower) && isWord(items[k - 1]) && items[k - 1].capital && isDocumentOrBody(items[k - 1].lower)) return true;
  return false;
}

/**
 * Whether the name [first, last] joins capitalised words over a connective after a body's word or to one ending the
 * name ("the Royal College of Nursing", "the Dock and Harbour Workers’ Union", "the Friends of Elm Park"): one body's
 * name, no person's.
 */
export function isJoinedBodyName(items: readonly Item[], first: number, last: number): boolean {
  const body = (k: number) => ORGANISATION_WORDS.has(normalizeWord(items[k].lower));
  for (let k = first + 1; k < last; k++) if (insideName(items, k) && (body(k - 1) || body(last))) return true;
  return false;
}

/**
 * Whether the comma at item `comma` parts two modifiers of one noun ("a slow, grinding noise"): lower-case words on both
 * sides of it, the one after it followed by another (its noun), none of them a function word, an adverb or a speech
 * verb. An aside after a noun ("A neighbour, speaking quietly, said", "A picker, 46,") is no such list.
 */
function modifierListGoesOn(items: readonly Item[], comma: number, to: number): boolean {
  const plain = (k: number) => k < to && isWord(items[k]) && /^\p{Ll}[\p{Ll}-]*$/u.test(items[k].text) && !FUNCTION_WORDS.has(items[k].lower) &&
    !PHRASE_STOPS.has(items[k].lower) && !isVerbModifier(items[k].lower) && !SPEECH_VERBS.has(items[k].lower) && !WRITTEN_VERBS.has(items[k].lower);
  return items[comma]?.text === ',' && plain(comma - 1) && plain(comma + 1) && plain(comma + 2);
}

/** Whether item `k` is a title opening a name ("Dr Leonard Shaw", "Mr Lyle"), a capital after it. */
function titledNameAt(items: readonly Item[], k: number): boolean {
  return isWord(items[k]) && items[k].capital && isTitleWord(items[k].text) && isCapitalised(items[k + 1]);
}

/**
 * "Fenwick Park's medical director, Dr Leonard Shaw, said": after an owner's name, a role (a person's noun and a
 * modifier or two) and the name set off after it: the named holder of the role is the subject, not the owner.
 */
function ownedRoleNamed(items: readonly Item[], from: number, to: number): Subject | null {
  let k = from;
  while (k < to && k < from + 3 && isWord(items[k]) && !items[k].capital) k++;
  if (k === from || items[k]?.text !== ',' || !isKnownPersonNoun(items[k - 1].lower)) return null;
  const name = k + 1;
  if (name >= to || !isCapitalised(items[name]) || (FUNCTION_WORDS.has(items[name].lower) && !titledNameAt(items, name))) return null;
  const end = nameEnd(items, name, to);
  return items[end + 1]?.text === ',' ? { kind: 'name', first: name, last: end, head: items[end].lower } : null;
}

/** How many words a participle's phrase after an opening phrase may hold ("published on Wednesday"). */
const PARTICIPLE_PHRASE_REACH = 6;

/** Prepositions whose object a capitalised word after them is ("on Tuesday", "to the court in Dunmore"). */
const OBJECT_PREPOSITIONS = /^(?:on|in|at|to|by|from|of|for|with|after|before|since|until|during|near|outside|inside)$/;

/**
 * The subject a sentence opens with (after an opening phrase ending in a comma, "At the harbour,"): a name run, "it",
 * or a determiner phrase headed by a person, document or body noun ("a handwritten sign", "The harbour workers'
 * union"), a person's carried on over an affiliation ("a spokesman for the environment department").
 */
function sentenceSubject(items: readonly Item[], from: number, to: number): Subject | null {
  let i = afterDateline(items, from);
  // "According to a person with knowledge of the plans, engineers had …": the source the sentence reports.
  // "According to the minutes, the chair called it “…”": a subject of its own right before the verb speaks.
  if (items[i]?.lower === 'according' && items[i + 1]?.lower === 'to') return subjectAfterSource(items, i + 2, to) ?? sentenceSubject(items, i + 2, to);
  const opener = items[i];
  // "Ms Hollins said": a title before a capitalised word opens a name, not a phrase before the subject.
  // A pronoun opening the sentence is its subject ("He says his father, a pharmacist, taught him"), not an opening phrase.
  const opens = (w: string) => (FUNCTION_WORDS.has(w) && !DETERMINERS.has(w) && w !== 'it' && !PRONOUN_GENDER.has(w) && !/^(?:i|we|they|you)$/.test(w)) || OPENERS.has(w) || w.endsWith('ly');
  if (isWord(opener) && opener.capital && opens(opener.lower) && !titledNameAt(items, i)) {
    const phrase = i;
    while (i < to && items[i].text !== ',') i++;
    // "At the village shop a young mother stood": an opening phrase with no comma ends where an indefinite subject begins.
    if (i >= to) for (i = phrase + 2; i < to && !/^(?:a|an)$/.test(items[i].lower); i++);
    else i++;
    // "At the community hall, where the Red Cross had set up cots, a retiree sat": a clause the opening phrase carries.
    while (i < to && /^(?:where|when|while|which|after|before|as)$/.test(items[i]?.lower ?? '')) {
      while (i < to && items[i].text !== ',') i++;
      i++;
    }
    // "In his written statement to the inquiry, published on Wednesday, Mr Lyle said": a participle's phrase set off
    // by commas describes the opening phrase's noun; the subject follows it.
    if (isWord(items[i]) && !items[i].capital && /\p{L}{3,}ed$/u.test(items[i].lower)) {
      let comma = i + 1;
      while (comma < to && comma < i + PARTICIPLE_PHRASE_REACH && isWord(items[comma])) comma++;
      if (items[comma]?.text === ',' && comma < to) i = comma + 1;
    }
    i = pastClosingName(items, i, to);
  }
  const it = items[i];
  if (!isWord(it) || i >= to) return null;
  // "In her victory speech Ashdown-Kerr, a former headteacher, thanked": the opening phrase ended on the subject's
  // name, and the comma opens its appositive.
  // An appositive is closed by a comma before the verb ("In a statement on Monday, the family said" has none).
  const apposition = () => items.slice(i, to).some((x) => x.text === ',');
  if (i > from + 2 && items[i - 1].text === ',' && isCapitalised(items[i - 2]) && DETERMINERS.has(it.lower) && apposition()) {
    let first = i - 2;
    while (first - 1 > from && isCapitalised(items[first - 1])) first--;
    // "In a statement on Tuesday, an agency spokesman, Tom Reed, said": a name after a preposition is its object, the
    // phrase's end, and the subject follows the comma.
    if (!(isWord(items[first - 1]) && OBJECT_PREPOSITIONS.test(items[first - 1].lower))) return { kind: 'name', first, last: i - 2, head: items[i - 2].lower };
  }
  if (it.lower === 'it') return { kind: 'it', first: i, last: i, head: 'it' };
  if (!DETERMINERS.has(it.lower) && !/^(?:someone|somebody)$/.test(it.lower)) {
    if (!it.capital || (FUNCTION_WORDS.has(it.lower) && !titledNameAt(items, i))) return null;
    // "Inspectors have rated …", "Families of babies who died … have accused": a group opening the sentence, no name.
    if (isGroup(it.lower) && !isCapitalised(items[i + 1])) return { kind: 'person', first: i, last: groupInFull(items, i, to), head: it.lower };
    let last = i;
    while (isWord(items[last + 1]) && items[last + 1].capital && last + 1 < to) last++;
    // "Mrs Fairweather's reply, a two-page letter that …, told": what the owner wrote, named in apposition, speaks.
    const apposed = /['’]s$/.test(items[last].text) ? documentInApposition(items, last + 1, to) ?? ownedRoleNamed(items, last + 1, to) : null;
    if (apposed) return apposed;
    // "Lumenfold's press materials describe …": the owner of a document or a body speaks through it.
    if (/['’]s$/.test(items[last].text) && ownsDocumentOrBody(items, last + 1, to)) {
      // "Delaney Strategic's invoices called …" is the invoices; "Lumenfold's board said …" the owner.
      const document = (last + 2 < to ? ownedDocument(items, i, last + 2) : null) ?? ownedDocument(items, i, last + 1);
      return document && document.last < to ? document : { kind: 'owner', first: i, last, head: items[last].lower };
    }
    return { kind: 'name', first: i, last, head: items[last].lower };
  }
  // "A copy of the agreement … states": the document is what speaks.
  if (/^(?:copy|copies|extract|excerpt)$/.test(items[i + 1]?.lower ?? '') && items[i + 2]?.lower === 'of' && DETERMINERS.has(items[i + 3]?.lower ?? '') && i + 3 < to) i += 3;
  // Someone the text does not name, and what they speak for: "someone from the trust".
  let last = i;
  let kind: Kind | null = null;
  if (/^(?:someone|somebody)$/.test(it.lower)) kind = 'person';
  else {
    // The phrase's words up to a verb or a preposition ("The review runs to …"): its head is the last of them that
    // names a person, a document or a body (a document noun that is also a verb, "the inspection report", included).
    let end = i;
    // "A Department for Transport official": a name's "for" or "of" between capitalised words is no stop.
    const inName = (k: number) => insideName(items, k);
    // "An earlier draft had called for": right after the determiner, "earlier" or "later" is an adjective, no phrase stop.
    const comparative = (k: number) => k === i + 1 && /^(?:earlier|later)$/.test(items[k].lower);
    const goesOn = () => isWord(items[end + 1]) && end + 1 < to && end < i + (inName(end + 1) ? 7 : 5) && (!PHRASE_STOPS.has(items[end + 1].lower) || inName(end + 1) || comparative(end + 1)) && !isVerbModifier(items[end + 1].lower) &&
      !issuesDocument(items, end + 1) &&
      // "The tribunal’s written decision": a participle before a document's noun is its modifier, not the verb.
      (end === i || DOCUMENT_NOUNS.has(items[end + 1].lower) || DOCUMENT_NOUNS.has(items[end + 2]?.lower ?? '') || ownedDocumentNoun(items, end + 2) ||
        (!SPEECH_VERBS.has(items[end + 1].lower) && !WRITTEN_VERBS.has(items[end + 1].lower)));
    for (;;) {
      if (goesOn()) end++;
      // "A slow, grinding noise", "a tall, thin man": a comma between the article's first modifier and the next ends no phrase.
      else if (end === i + 1 && modifierListGoesOn(items, end + 1, to)) end += 2;
      else break;
    }
    // "A Nordvik deckhand, who …", "an Alder Lane resident said", "a government whip said": someone brought in by an
    // indefinite article and followed by a clause, whatever the noun, even after a body's ("government").
    const next = items[end + 1];
    // "A smile broke over his lips", "A pleasant smile broke": a speech verb's plain form after an article is its noun,
    // and the subject a thing.
    if (/^(?:a|an|one)$/.test(it.lower) && [items[end], next].some((w) => isWord(w) && isSpeechNoun(w.lower))) return null;
    // Not a document's phrase going on ("a memo Tran sent to principals", "a memo sent to staff,").
    const document = (to: number) => items.slice(i + 1, to).some((x) => kindOfHead(x.lower) === 'document');
    if (end > i && !kindOfHead(items[end].lower) && /^(?:a|an|one)$/.test(it.lower) && (next?.text === ',' || (isWord(next) && (SPEECH_VERBS.has(next.lower) || WRITTEN_VERBS.has(next.lower)))) && !document(end)) {
      kind = 'person';
      last = end;
    }
    for (let k = end; k > i && !kind; k--) {
      // "The decision said the panel had …": a noun that is a document only as someone's is one when it speaks itself.
      const speaks = k === to - 1 && OWNED_DOCUMENT_NOUNS.test(items[k].lower);
      kind = isBodyHead(items, k) ? 'body' : kindOfHead(items[k].lower) ?? (ownedDocumentNoun(items, k) || speaks ? 'document' : null);
      // A word only ending like a person noun after a document's is no person ("a memo sent to staff").
      if (kind === 'person' && !isKnownPersonNoun(items[k].lower) && document(k)) kind = null;
      if (kind) last = k;
    }
    if (!kind) return null;
  }
  const head = items[last].lower;
  // "One mother, Fatima Alhassan, said": the name in apposition is the subject.
  const named = items[last + 1]?.text === ',' && last + 2 < to ? describedNameStart(items, last + 2, to - 1) : -1;
  const apposed = items[named];
  if (named > 0 && isWord(apposed) && apposed.capital && (!FUNCTION_WORDS.has(apposed.lower) || titledNameAt(items, named))) {
    // "The regulator, the Office for Academic Standards, said": a connective between capitals is inside the name.
    const end = nameEnd(items, named, to);
    return { kind: 'name', first: named, last: end, head: items[end].lower };
  }
  // The phrase's first body noun, whose modifier may end on a person's ("The union representing Brightway drivers").
  const bodyNoun = items.slice(i + 1, last + 1).findIndex((x) => isWord(x) && kindOfHead(x.lower) === 'body');
  const apposedAfter = bodyNoun >= 0 ? nameApposedAfterModifier(items, i + bodyNoun + 2, to) : null;
  if (apposedAfter) return apposedAfter;
  // "The cycling charity Roadshare, which …, said": a name right after a body's noun is the body the phrase names.
  const called = items[last + 1];
  if (kind === 'body' && last + 1 < to && isWord(called) && called.capital && !FUNCTION_WORDS.has(called.lower) && !/['’]s$/.test(items[last].text)) {
    const end = nameEnd(items, last + 1, to);
    // "the Harlow Valley School District said": a capitalised body noun is a word of the name it opens, not a kind
    // before one, so the subject is the whole name.
    if (items[last].capital && isCapitalised(items[last - 1])) return { kind: 'body', first: i, last: end, head: items[end].lower };
    return { kind: 'name', first: last + 1, last: end, head: items[end].lower };
  }
  if (kind === 'person' && isWord(items[last + 1]) && AFFILIATION.test(items[last + 1].lower)) {
    let end = last + 2;
    // The body's words: a name ("the Maritime Safety Agency"), a few lower-case ones, or both ("the Teskovian
    // delegation"), up to the verb.
    // "the Ministry of Justice", "the Department for Education": a connective between capitalised words is inside the name.
    const inName = (k: number) => insideName(items, k);
    const ends = (k: number) => !inName(k) && (SPEECH_VERBS.has(items[k].lower) || WRITTEN_VERBS.has(items[k].lower) || isVerbModifier(items[k].lower) ||
      PHRASE_STOPS.has(items[k].lower) || /[^e]ed$/.test(items[k].lower) || (items[k - 1].capital && !items[k].capital && kindOfHead(items[k].lower) !== 'body'));
    while (isWord(items[end]) && end < to && end < last + 7 && (end === last + 2 || !ends(end))) end++;
    if (end > last + 2) return { kind, first: i, last: end - 1, head };
  }
  return { kind, first: i, last, head };
}

/** Auxiliaries between a subject and its verb ("have accused"): no words of the subject. */
const AUXILIARIES = /^(?:has|have|had|is|are|was|were|will|would|did|do)$/;

/**
 * "Families of babies who died at Brenfield General Hospital have accused": a group opening the sentence at `head` is
 * its whole phrase, the "of" that says whose and a "who" clause after it, when that phrase runs up to the verb `to`.
 */
function groupInFull(items: readonly Item[], head: number, to: number): number {
  if (items[head + 1]?.lower !== 'of') return head;
  let last = describedInFull(items, head);
  if (items[last + 1]?.lower === 'who') last = describedInFull(items, last);
  while (last > head && AUXILIARIES.test(items[last].lower)) last--;
  let verb = last + 1;
  while (verb < to && isWord(items[verb]) && AUXILIARIES.test(items[verb].lower)) verb++;
  return verb === to ? last : head;
}

/** How many words a subject's phrase may hold before its speech verb after a name closing an opening phrase. */
const CLOSING_NAME_REACH = 4;

/** How many words may modify a body's noun before the name set off in apposition after them. */
const MODIFIER_REACH = 5;

/**
 * The last word, before item `to`, of the name opening at `first`: its capitals and the connectives between them
 * ("the Office for Academic Standards").
 */
function nameEnd(items: readonly Item[], first: number, to: number): number {
  let end = first;
  while (isWord(items[end + 1]) && (items[end + 1].capital || insideName(items, end + 1)) && end + 1 < to) end++;
  return end;
}

/**
 * "The union representing Brightway drivers, the Road Crews Alliance, said": a body's noun, a short modifier of it
 * and then a name between commas: the name is the body the subject names. Null unless the name is closed by a comma.
 */
function nameApposedAfterModifier(items: readonly Item[], from: number, to: number): Subject | null {
  let comma = from;
  while (comma < to && comma < from + MODIFIER_REACH && isWord(items[comma]) && !SPEECH_VERBS.has(items[comma].lower) && !WRITTEN_VERBS.has(items[comma].lower)) comma++;
  if (comma === from || items[comma]?.text !== ',' || !isWord(items[from]) || items[from].capital) return null;
  let first = comma + 1;
  if (items[first]?.lower === 'the') first++;
  if (!isCapitalised(items[first]) || FUNCTION_WORDS.has(items[first].lower)) return null;
  const end = nameEnd(items, first, to);
  return items[end + 1]?.text === ',' && end + 1 < to ? { kind: 'name', first, last: end, head: items[end].lower } : null;
}

/**
 * "In a statement read by their solicitor, Tobias Wren, the family said": a name in apposition to the opening
 * phrase's last noun closes that phrase when a determiner's phrase and its speech verb follow it with no comma
 * between; the subject starts after it. Else `i` itself.
 */
function pastClosingName(items: readonly Item[], i: number, to: number): number {
  if (items[i - 1]?.text !== ',' || !isWord(items[i - 2]) || items[i - 2].capital || !isCapitalised(items[i])) return i;
  let end = i;
  while (end + 1 < to && isCapitalised(items[end + 1])) end++;
  if (items[end + 1]?.text !== ',' || !DETERMINERS.has(items[end + 2]?.lower ?? '')) return i;
  for (let k = end + 3; k < to && k <= end + 2 + CLOSING_NAME_REACH && isWord(items[k]); k++) if (SPEECH_VERBS.has(items[k].lower)) return end + 2;
  return i;
}

/** A document phrase in apposition after the owned noun at `from` ("reply, a two-page letter"), if there is one. */
function documentInApposition(items: readonly Item[], from: number, to: number): Subject | null {
  let comma = from;
  while (comma < to && comma < from + 3 && isWord(items[comma]) && !items[comma].capital) comma++;
  if (comma === from || items[comma]?.text !== ',' || !DETERMINERS.has(items[comma + 1]?.lower ?? '')) return null;
  for (let k = comma + 2; k < to && k < comma + 6 && isWord(items[k]) && !items[k].capital; k++) {
    if (kindOfHead(items[k].lower) === 'document') return { kind: 'document', first: comma + 1, last: k, head: items[k].lower };
  }
  return null;
}

/** Whether the words from `from` (a few, before `to`) end in a document or body noun: "press materials", "board". */
function ownsDocumentOrBody(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3 && isWord(items[k]) && !items[k].capital; k++) if (isDocumentOrBody(items[k].lower)) return true;
  return false;
}

/** An unnamed person's phrase taken to the end of their description ("a midwife who worked at the unit"). */
function inFull(items: readonly Item[], s: Subject): Subject {
  return { ...s, last: unnamedInFull(items, s.first, s.last) };
}

/** The phrase as written, its opening determiner in lower case ("The union" → "the union"). */
function asWritten(original: string, items: readonly Item[], s: Subject): string {
  return withLowerDeterminer(original.slice(items[s.first].start, items[s.last].end).replace(/\s+/g, ' '));
}

/**
 * A document as the text names it where it speaks, one name however the text brings it in: "the commission's inquiry
 * report", "the internal Pennine email" for "An internal Pennine email", "the resignation letter" for "Her resignation
 * letter", "the report" for a headline's bare "report". A name opening the phrase is its owner's, kept.
 */
function documentName(original: string, items: readonly Item[], s: Subject): string {
  // The noun's own phrase: from its last determiner ("The council published its plan" names "the plan").
  let opening = s.first;
  for (let k = s.first + 1; k < s.last; k++) if (DETERMINERS.has(items[k].lower)) opening = k;
  const from = DETERMINERS.has(items[opening].lower) ? opening + 1 : opening;
  if (from > s.last) return `the ${normalizeWord(s.head)}`;
  const words = original.slice(items[from].start, items[s.last].end).replace(/\s+/g, ' ');
  const owned = from === opening && items.slice(from, s.last).some((x) => /['’]s$/.test(x.text));
  return owned ? words : `the ${words}`;
}

/** How far back a sentence's start is sought (a text without full stops is one sentence). */
const SENTENCE_REACH = 120;

/** The first item of the sentence holding item `at`, at most SENTENCE_REACH items back. */
const sentenceStartNear = (items: readonly Item[], at: number): number => sentenceStart(items, at, Math.max(0, at - SENTENCE_REACH));

/** Who a subject stands for: a named person or organisation, a document as "the report", an "it" as what it refers to. */
function speakerOf(original: string, items: readonly Item[], table: PeopleTable, s: Subject, depth = 0): string | null {
  switch (s.kind) {
    case 'name': {
      // A person the text knows, or a body's name of several words ("Orrin Haulage"); a lone capitalised word
      // ("Analysts call …") is no one's name.
      // A surname alone that the table read as no mention where it stands is still the one it names elsewhere.
      const person = table.mentionAt(s.first)?.person ?? (s.last === s.first ? table.personNamed(items[s.first].text) ?? undefined : undefined);
      // A lone word is a name after a body's noun that gives it ("the charity Roadshare").
      const given = isWord(items[s.first - 1]) && !items[s.first - 1].capital && kindOfHead(items[s.first - 1].lower) === 'body';
      const initials = INITIALS.test(items[s.first].text);
      return person?.name ?? (s.last > s.first || given || initials ? original.slice(items[s.first].start, items[s.last].end) : null);
    }
    case 'owner':
      return original.slice(items[s.first].start, items[s.last].end).replace(/['’]s$/, '');
    case 'person':
      return newAppointee(items, table, s.first, s.last)?.name ?? asWritten(original, items, inFull(items, s));
    case 'body': {
      // "The agency said" after "According to the United Nations Office for …": the body named just before.
      const named = items[s.first].lower === 'the' && s.last === s.first + 1 ? tradingName(original, items, s.last) ?? namedBodyBefore(original, items, table, s.first, s.head) :
        modifiedBodyBefore(original, items, table, s);
      return named ?? (items[s.first].lower === 'the' ? asWritten(original, items, s) : `the ${normalizeWord(s.head)}`);
    }
    case 'document':
      // A statement is its issuer's voice; any other document speaks as itself ("Her resignation letter warned").
      return (WRITTEN_BY.test(normalizeWord(s.head)) ? authorAfter(original, items, table, s.last) ?? ownerOfDocument(items, table, s.first, s.last) ??
        bodyOwning(original, items, table, s, depth) ?? issuerOf(original, items, table, s.first, normalizeWord(s.head)) :
        personalAuthorAfter(original, items, table, s.last) ?? correspondentBefore(original, items, table, s) ?? judgeOf(items, table, s)) ?? documentName(original, items, s);
    case 'it': {
      // "It described … as": the document or body the sentences before are about.
      if (depth > 0) return null;
      // "Hurst's letter also asks …. “…,” it says": the document ("Hurst's letter"); "Okafor sent an email to staff.
      // It said": the one document the sentence before brings in, when none of its subjects is one.
      // "The Front, which …, blamed the government for what it called": its own sentence's subject, when one came first;
      // not an it set off by commas ("Two of the complaints, it found, had been"), which speaks of one before.
      const speaks = (b: Subject | null) => !!b && (b.kind === 'document' || b.kind === 'body' || b.kind === 'owner');
      const start = sentenceStartNear(items, s.first);
      // (An it after an opening phrase's comma, "In a statement issued on Monday, it said", is the subject.)
      const aside = items[s.first - 1]?.text === ',' && items[s.first + 2]?.text === ',' && items[s.first + 3]?.kind !== 'quote';
      const own = start < s.first && !aside ? sentenceSubject(items, start, s.first) ?? bodyNameOpening(items, table, start, s.first) : null;
      const before = (speaks(own) || own?.kind === 'name' ? own : null) ?? subjectsBefore(items, s.first, SENTENCES_BACK, table).find((b) => speaks(b) || namesBody(items, table, b)) ??
        documentInSentenceBefore(items, s.first);
      return before ? speakerOf(original, items, table, before, depth + 1) : statementIssuedBefore(original, items, table, s.first);
    }
  }
}

/** What a court or a judge gives: its words are those of the judge the text says gave it. */
const JUDGMENTS = /^(?:ruling|judgment|judgement|opinion)$/;
/** Words before "a/the ruling" that say who gave it: "in a ruling handed down on Wednesday, Lady Justice Reed said". */
const GIVING = /^(?:in|giving|gave|delivering|delivered|wrote|writing)$/;
/** How many sentences back the judge who gave a judgment is sought (a court report names them once, early on). */
const JUDGMENT_REACH = 30;

/**
 * "But in a ruling handed down on Wednesday, Lady Justice Reed, sitting with two other judges, said … ¶ The ruling
 * states: “…”": a bare "the ruling" or "the judgment" is the judge the last sentence that says who gave one makes its
 * subject ("In the judgment, the three judges noted" names no one, and the walk goes on); when a sentence nearer makes
 * a judgment its subject, whoever that one is: the judge again for a bare "The ruling states", none for one the text
 * describes, which speaks as itself ("The written judgment, running to 64 pages, is sharply critical").
 */
function judgeOf(items: readonly Item[], table: PeopleTable, s: Subject): string | null {
  if (!JUDGMENTS.test(normalizeWord(s.head)) || s.last !== s.first + 1 || items[s.first].lower !== 'the') return null;
  let first = sentenceStartNear(items, s.first);
  for (let n = 0; n < JUDGMENT_REACH && first > 0; n++) {
    const end = first - 1;
    const start = sentenceStartNear(items, end);
    const subject = sentenceSubject(items, start, end + 1);
    if (subject?.kind === 'document' && JUDGMENTS.test(normalizeWord(subject.head))) return judgeOf(items, table, subject);
    const given = items.slice(start + 2, end + 1).some((it, k) => JUDGMENTS.test(normalizeWord(it.lower)) && DETERMINERS.has(items[start + k + 1].lower) &&
      GIVING.test(items[start + k].lower));
    if (given && subject?.kind === 'name') {
      const person = table.mentionsWithin(subject.first, subject.last)[0]?.person;
      if (person && !table.organisations.has(person)) return person.name;
    }
    first = start;
  }
  return null;
}

/**
 * "Ashcombe signalled it would fight. “…,” its statement said", "it dropped a line from its January statement": a
 * statement an "its" owns is its issuer's voice: the body the its refers to.
 */
function bodyOwning(original: string, items: readonly Item[], table: PeopleTable, s: Subject, depth: number): string | null {
  if (items[s.first].lower !== 'its' || depth > 0) return null;
  return speakerOf(original, items, table, { kind: 'it', first: s.first, last: s.first, head: 'it' }, depth);
}

/** How many words may stand between "the" and a body's noun that a name before holds ("the county council"). */
const BODY_MODIFIERS = 2;

/**
 * "Stanfordshire County Council … The county council said": a body's definite phrase whose words in lower case, its
 * noun's modifiers too, are all words of the organisation its noun alone would be is that organisation.
 */
function modifiedBodyBefore(original: string, items: readonly Item[], table: PeopleTable, s: Subject): string | null {
  const modifiers = items.slice(s.first + 1, s.last);
  if (items[s.first].lower !== 'the' || modifiers.length === 0 || modifiers.length > BODY_MODIFIERS || !modifiers.every((x) => isWord(x) && !x.capital)) return null;
  const named = namedBodyBefore(original, items, table, s.first, s.head);
  const words = named?.toLowerCase().split(/\s+/) ?? [];
  return named && modifiers.every((x) => words.includes(x.lower)) ? named : null;
}

/**
 * "The Tarra Liberation Front, which …, blamed": capitalised words after a "The" opening the sentence [start, to),
 * which no person's mention holds, are a body's name (an "it" in the sentence refers to it), whatever its last word.
 */
function bodyNameOpening(items: readonly Item[], table: PeopleTable, start: number, to: number): Subject | null {
  const i = afterDateline(items, start);
  if (items[i]?.lower !== 'the' || !isCapitalised(items[i + 1]) || i + 2 >= to) return null;
  const last = nameEnd(items, i + 1, to);
  const person = table.mentionAt(i + 1)?.person;
  // "The SIC declined to comment": initials after "the" are a body's, as no person's name is written.
  const whole = last > i + 1 || INITIALS.test(items[i + 1].text);
  return whole && (!person || table.organisations.has(person)) ? { kind: 'name', first: i + 1, last, head: items[last].lower } : null;
}

/** Whether a subject is a body's name: one the table holds as an organisation, or no one's, but never a person's. */
function namesBody(items: readonly Item[], table: PeopleTable, s: Subject): boolean {
  if (s.kind !== 'name') return false;
  const person = table.mentionAt(s.first)?.person;
  return person ? table.organisations.has(person) : s.last > s.first || INITIALS.test(items[s.first].text);
}

/** The words between a body's noun and the name it trades under: "The company, which trades as EssayPro,". */
const TRADES_AS = /^, (?:which|that|who) (?:trades|trade|traded|operates|operate|is known|are known|was known) as$|^, (?:trading|operating|known) as$/;

/** "The company, which trades as EssayPro, did not respond": the name a body's phrase ending at `last` trades under. */
function tradingName(original: string, items: readonly Item[], last: number): string | null {
  for (let k = last + 2; k <= last + 5 && isWord(items[k]) && !items[k].capital; k++) {
    if (items[k].lower !== 'as' || !isCapitalised(items[k + 1])) continue;
    if (!TRADES_AS.test(items.slice(last + 1, k + 1).map((x) => x.lower).join(' '))) return null;
    let end = k + 1;
    while (isCapitalised(items[end + 1]) && items[end + 1].sentence === items[k].sentence) end++;
    return original.slice(items[k + 1].start, items[end].end);
  }
  return null;
}

/** The subjects of the few sentences before item `at`, nearest first; with `table`, bodies' names opening them too. */
function subjectsBefore(items: readonly Item[], at: number, count = SENTENCES_BACK, table?: PeopleTable): Subject[] {
  const found: Subject[] = [];
  let first = sentenceStartNear(items, at);
  for (let n = 0; n < SENTENCES_BACK && first > 0 && found.length < count; n++) {
    const end = first - 1;
    const start = sentenceStartNear(items, end);
    const s = sentenceSubject(items, start, end + 1) ?? (table ? bodyNameOpening(items, table, start, end + 1) : null);
    if (s) found.push(s);
    first = start;
  }
  return found;
}

/** How many words a clause's document phrase may hold ("The firm's own safety log"). */
const DOCUMENT_MENTION_WORDS = 5;

/**
 * "“…,” the statement said", "Her husband's statement said": the issuer of a statement a clause names; "Her
 * resignation letter … warned", "“…,” the email went on": any other document a clause names, by its name.
 */
function documentOfMention(original: string, items: readonly Item[], table: PeopleTable, qi: number, mention: Mention): string | null {
  const words = mention.text.split(/\s+/);
  const issuer = statementFrom(original, items, table, qi, mention, words);
  if (issuer) return issuer;
  const head = normalizeWord(words[words.length - 1].toLowerCase());
  const statement = WRITTEN_BY.test(head);
  // "Tanya Brooks later issued a statement saying", "a statement read on behalf of the family said": its issuer.
  const at = statement ? clauseItem(items, qi, mention) : null;
  const issued = at === null ? null : issuerInSentence(original, items, table, at + words.length - 1);
  if (issued) return issued;
  if (!(statement ? words.length <= 3 && /^(?:the|his|her|its)$/i.test(words[0]) : DOCUMENT_NOUNS.has(head) && words.length <= DOCUMENT_MENTION_WORDS && DETERMINERS.has(words[0].toLowerCase()))) return null;
  const first = clauseItem(items, qi, mention);
  if (first === null) return null;
  const written = speakerOf(original, items, table, { kind: 'document', first, last: first + words.length - 1, head });
  return statement && written === `the ${head}` ? null : written;
}

/** "“…,” a statement from the agency said": the body or person a statement is "from" is its issuer. */
function statementFrom(original: string, items: readonly Item[], table: PeopleTable, qi: number, mention: Mention, words: readonly string[]): string | null {
  if (words.length < 4 || !/^(?:a|the)$/i.test(words[0]) || !WRITTEN_BY.test(normalizeWord(words[1].toLowerCase())) || words[2].toLowerCase() !== 'from') return null;
  const first = clauseItem(items, qi, mention);
  const s = first === null ? null : sentenceSubject(items, first + 3, first + words.length);
  return s && (s.kind === 'body' || s.kind === 'name') ? speakerOf(original, items, table, s) : null;
}

/**
 * "An Ofsted report in 2023 rated the school good, noting that …": a clause's name that stands before a document's noun
 * ("Ofsted report", "Corvane strategy paper") only says what the document is; the document is the speaker.
 */
function documentNamedBy(original: string, items: readonly Item[], qi: number, mention: Mention): string | null {
  const first = clauseItem(items, qi, mention);
  if (first === null || !isCapitalised(items[first]) || !/^(?:a|an|the)$/.test(items[first - 1]?.lower ?? '')) return null;
  let last = first;
  while (items[last + 1] && items[last + 1].end <= mention.span.end) last++;
  for (let k = last + 1; k <= last + 2 && isWord(items[k]) && !items[k].capital; k++) {
    if (kindOfHead(items[k].lower) === 'document') return documentName(original, items, { kind: 'document', first: first - 1, last: k, head: items[k].lower });
  }
  return null;
}

/**
 * "His sister said through a lawyer that she had “no knowledge”. “…,” the statement said": a bare statement, letter or
 * email no sentence before issues is that of the speaker of the quotation before it in its paragraph.
 */
function statementOfSpeakerBefore(mention: Mention, spokeBefore: string | null): string | null {
  const words = mention.text.toLowerCase().split(/\s+/);
  if (words.length !== 2 || words[0] !== 'the' || !WRITTEN_BY.test(normalizeWord(words[1])) || !spokeBefore) return null;
  return spokeBefore.toLowerCase() === mention.text.toLowerCase() ? null : spokeBefore;
}

/**
 * "Marlinspike Dredging … issued a statement. The statement said", "In a letter seen by this newspaper, the
 * regulator's director, Dan Hurst, wrote that … The letter adds": the one who wrote or issued it, from the last of
 * the few sentences before that mentions the document (or, for a letter, says someone wrote): its author named after
 * it, the name right before the writing verb, else the sentence's subject or the owner of a document subject.
 */
function issuerOf(original: string, items: readonly Item[], table: PeopleTable, at: number, noun: string): string | null {
  // "The same statement says": "same" points back to the one brought in before, however far.
  const found = documentSentenceBefore(items, at, noun, items[at + 1]?.lower === 'same' ? SAME_DOCUMENT_BACK : SENTENCES_BACK);
  if (!found) return noun === 'statement' ? reporterJustBefore(original, items, table, at) : null;
  const { start, end, named } = found;
  const writer = (named >= 0 ? authorAfter(original, items, table, start + named) ?? issuerInSentence(original, items, table, start + named) : null) ?? writerBefore(items, table, start, end);
  if (writer) return writer;
  const saying = named >= 0 ? issuerSaying(items, start, end, noun) : null;
  const issuer = saying ? speakerOf(original, items, table, { kind: 'name', first: saying[0], last: saying[1], head: items[saying[1]].lower }) : null;
  if (issuer) return issuer;
  const s = sentenceSubject(items, start, end + 1) ?? bodyNameOpening(items, table, start, end + 1);
  if (s?.kind === 'document') return ownerOfDocument(items, table, s.first, s.last);
  // "In a statement, it said …": the body the it refers to.
  // "In a statement, a council spokesman said": an unnamed person issues it too, as the text describes them.
  return s ? speakerOf(original, items, table, s) : pronounIssuer(items, table, start, end);
}

/**
 * "His spokeswoman, Tanya Brooks, later issued a statement saying …", "Her solicitor read a statement on her behalf":
 * the issuer of the statement whose noun is item `noun`, from its own sentence: whom it was read or issued on behalf
 * of, else the subject of the verb that issued it. Reading a statement out makes no one its issuer.
 */
function issuerInSentence(original: string, items: readonly Item[], table: PeopleTable, noun: number): string | null {
  const start = sentenceStartNear(items, noun);
  let end = noun;
  while (items[end + 1]?.sentence === items[noun].sentence) end++;
  const behalf = behalfOf(items, noun, end);
  if (behalf) return principalOf(original, items, table, behalf[0], behalf[1]);
  const verb = issuingVerbOf(items, noun);
  if (verb < 0) return null;
  let last = verb - 1;
  while (last > start && isWord(items[last]) && (isVerbModifier(items[last].lower) || AUXILIARIES.test(items[last].lower))) last--;
  if (/^(?:he|she)$/.test(items[last]?.lower ?? '')) return table.mentionAt(last)?.person.name ?? null;
  const s = sentenceSubject(items, start, last + 1);
  return s ? speakerOf(original, items, table, s) : null;
}

/**
 * Whom "on behalf of …" or "on … behalf" (items [first, last]) names: the person a his/her is, the owner of a
 * possessive, for "their" the group or body its sentence named last before it ("the family's solicitor … on their
 * behalf": the family), else the phrase's subject.
 */
function principalOf(original: string, items: readonly Item[], table: PeopleTable, first: number, last: number): string | null {
  const word = items[first].lower;
  if (first === last && /^(?:his|her)$/.test(word)) return table.mentionAt(first)?.person.name ?? null;
  if (first === last && word === 'their') {
    for (let k = first - 1; k >= sentenceStartNear(items, first); k--) {
      const noun = normalizeWord(items[k].lower.replace(/['’]s?$/, ''));
      if (!isWord(items[k]) || items[k].capital || !(PEOPLE_BODIES.test(noun) || isGroup(noun) || kindOfHead(noun) === 'body')) continue;
      let from = k;
      while (from > k - 3 && isWord(items[from - 1]) && !DETERMINERS.has(items[from].lower) && (DETERMINERS.has(items[from - 1].lower) || items[from - 1].capital)) from--;
      return original.slice(items[from].start, items[k].end).replace(/['’]s?$/, '');
    }
    return null;
  }
  if (/['’]s$/.test(items[last].text)) return table.mentionAt(last)?.person.name ?? original.slice(items[first].start, items[last].end).replace(/['’]s$/, '');
  const s = sentenceSubject(items, first, last + 1);
  return s ? speakerOf(original, items, table, s) : null;
}

/**
 * Of the `back` sentences before item `at`'s, the nearest that names the document `noun` (`named`: its index in the
 * sentence, or -1) or says someone wrote: what someone wrote is a letter or an email ("Tom Reed wrote to staff on
 * Monday. The letter said"), never a statement.
 */
function documentSentenceBefore(items: readonly Item[], at: number, noun: string, back = SENTENCES_BACK): { start: number; end: number; named: number } | null {
  let first = sentenceStartNear(items, at);
  for (let n = 0; n < back && first > 0; n++) {
    const end = first - 1;
    const start = sentenceStartNear(items, end);
    const sentence = items.slice(start, end + 1);
    const named = sentence.findIndex((it) => normalizeWord(it.lower) === noun);
    if (named >= 0 || (noun !== 'statement' && sentence.some((it) => /^(?:wrote|writes)$/.test(it.lower)))) return { start, end, named };
    first = start;
  }
  return null;
}

/**
 * "Northway Rail said trains would run a reduced timetable. “…,” the statement said": a statement no sentence before
 * brings in is the words of the named person or body whose speech the sentence just before, in its paragraph, reports.
 */
function reporterJustBefore(original: string, items: readonly Item[], table: PeopleTable, at: number): string | null {
  const end = sentenceStartNear(items, at) - 1;
  if (end < 0 || items[end].paragraph !== items[at].paragraph) return null;
  const start = sentenceStartNear(items, end);
  for (let k = start; k <= end; k++) if (items[k].kind === 'quote') return null;
  const s = sentenceSubject(items, start, end + 1);
  let verb = (s?.last ?? end) + 1;
  while (verb <= end && isWord(items[verb]) && isVerbModifier(items[verb].lower)) verb++;
  const reports = isWord(items[verb]) && verb <= end && SPEECH_VERBS.has(items[verb].lower);
  return s && reports && (s.kind === 'name' || s.kind === 'body') ? speakerOf(original, items, table, s) : null;
}

/**
 * "Parents received an email from the head teacher, Rachel Tan. “…,” the email read": "the" letter or email is the one
 * a sentence just before brought in, and so is its named writer's words, as "The email, from Rachel Tan," would be;
 * so is the one a sentence says someone wrote.
 */
function correspondentBefore(original: string, items: readonly Item[], table: PeopleTable, s: Subject): string | null {
  const noun = normalizeWord(s.head);
  if (items[s.first].lower !== 'the' || s.last !== s.first + 1 || !CORRESPONDENCE.test(noun)) return null;
  const found = documentSentenceBefore(items, s.first, noun);
  if (!found) return null;
  if (found.named >= 0) return personalAuthorAfter(original, items, table, found.start + found.named);
  // "Rachel Tan wrote to parents on Monday. “…,” the email read": what someone wrote is their letter or email; a
  // body's letter speaks as itself, as personalAuthorAfter has it.
  const writer = writerBefore(items, table, found.start, found.end);
  const person = writer === null ? null : table.personNamed(writer);
  return person && !table.organisations.has(person) ? person.name : null;
}

/**
 * "He said in a statement …", "In a statement issued through the club, she said …": the person a he/she subject
 * stands for, opening the sentence or its opening phrase's comma, right before a speech verb.
 */
function pronounIssuer(items: readonly Item[], table: PeopleTable, start: number, end: number): string | null {
  let comma = start;
  while (comma < end && items[comma].text !== ',') comma++;
  const speaks = (k: number) => isWord(items[k]) && /^(?:he|she)$/.test(items[k].lower) && isWord(items[k + 1]) && SPEECH_VERBS.has(items[k + 1].lower);
  const k = [afterDateline(items, start), comma + 1].find(speaks);
  return k === undefined ? null : table.mentionAt(k)?.person.name ?? null;
}

/**
 * Nouns of institutions that speak as one only under their own name: "the museum" is the Harwell Museum of Rural Life,
 * "the art college" Dunford College of Art, the name holding the noun as namedBodyBefore asks of a name far back.
 */
const INSTITUTIONS = /^(?:museum|college|institute|foundation|society|gallery|library|theatre|theater|academy)$/;

/** Body nouns that fit any organisation's name: "the company" for Pacific Ridge Power. */
const ANY_BODY = /^(?:company|firm|group|organisation|organization|agency|body|utility|operator|charity|business)$/;

/**
 * Body nouns for a kind of organisation, whose name need not hold them: "the airline" for Air Ravai, "the union" for
 * the Federation of Locomotive Staff, "the regulator" for Ofwat.
 */
const KIND_BODY = /^(?:airline|regulator|watchdog|union|insurer|supplier|retailer|manufacturer|developer|contractor|landlord|lender|carrier|broadcaster|promoter|network|force)$/;
/** Words of the names of bodies of a public kind: "the union" is the Federation of Locomotive Staff, not a firm. */
const KIND_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['union', /^(?:union|federation|guild|congress|confederation)$/],
  ['regulator', /^(?:authority|commission|office|agency|board|inspectorate|ombudsman|regulator|council|executive)$/],
  ['watchdog', /^(?:authority|commission|office|agency|board|inspectorate|ombudsman|regulator|council|executive)$/],
  // "the force" is a police force: Westmarch Police, the Northshire Constabulary.
  ['force', /^(?:police|constabulary|force)$/],
]);

/** Last words of a place's name ("the United States"; its first words, "Port Marau", are people.ts's): no organisation. */
const PLACE_LAST = /^(?:states|kingdom|republic|street|river|road|city|county|province|mountains|island|islands|ocean|sea|lake|valley|bay|coast|avenue|bridge|square|park|heights|terrace|gardens)$/;
/** Last words of a publication's name ("told the Irish Times"): a source a text cites, not the body it is about. */
const PUBLICATION_LAST = /^(?:times|news|post|ledger|courier|journal|tribune|herald|gazette|review|magazine|weekly|daily|monthly|quarterly|telegraph|guardian|observer|chronicle|express|mail|mirror|standard)$/;

/** Nouns for a business, which no trust, council or union is ("the company" is not the Lune Rivers Trust). */
const COMMERCIAL = /^(?:company|firm|business|airline|insurer|supplier|retailer|manufacturer|developer|contractor|landlord|lender|carrier|broadcaster|promoter)$/;
/** Words that end a business's name ("Harlow Homes Ltd", "Corran Holdings"): "the company" however far back. */
const COMMERCIAL_NAMES = /^(?:ltd|plc|inc|corp|llc|gmbh|holdings|industries|group|partners|technologies|airlines|airways|motors)$/;
/** Words of a public body's or a society's name, which no business is ("the company" is not the Environment Agency). */
const NON_COMMERCIAL = /^(?:trust|council|union|ministry|department|party|association|society|foundation|charity|university|school|college|hospital|police|court|committee|commission|church|government|parliament|office|institute|federation|league|agency|authority|board|bureau|inspectorate|ombudsman|regulator)$/;

/** How many sentences back a body's definite phrase finds a name the text itself showed to be an organisation's. */
const BODY_REACH = 20;

/**
 * "According to the United Nations Office for …, at least 45,000 … The agency said": a body's definite phrase is the
 * organisation the last few sentences named, when its name holds the noun ("the council" for Ashcombe Borough
 * Council, "the regulator" for the Horseracing Regulatory Authority), the text gave it that noun ("Pacific Ridge
 * Power, the utility that serves the area,"), or the noun fits any organisation or any of its kind ("the company",
 * though not for a trust or a council; "the airline"). The latest such name wins. Further back, up to BODY_REACH
 * sentences, only a name holding the noun or one the text showed to be a body's ("Severnside Water, which serves …")
 * counts. Failing all, the organisation the same phrase was last found to be: news keeps "the company" for one firm.
 */
function namedBodyBefore(original: string, items: readonly Item[], table: PeopleTable, at: number, noun: string): string | null {
  const head = normalizeWord(noun);
  if (!BODY_NOUNS.has(head) && !ANY_BODY.test(head) && !TEAM_NOUNS.includes(head) && !INSTITUTIONS.test(head)) return null;
  return bodyNameFitting(original, items, table, at, head) ?? bodyCalledSoBefore(original, items, table, at, head) ?? onlyNameHolding(original, items, table, at, head);
}

/** Per text and body noun, the names holding it ("Brackley District Council" for "council"), with their items. */
const namesHolding = new WeakMap<readonly Item[], Map<string, { item: number; name: string }[]>>();

/**
 * "Brackley District Council’s planning committee approved …" (and twenty sentences on) "The council said": the
 * one organisation whose name holds the noun, however far back, when the text names only one before the phrase.
 */
function onlyNameHolding(original: string, items: readonly Item[], table: PeopleTable, at: number, head: string): string | null {
  let byNoun = namesHolding.get(items);
  if (!byNoun) namesHolding.set(items, (byNoun = new Map()));
  let names = byNoun.get(head);
  if (!names) {
    names = [];
    for (const run of table.nameRuns()) {
      const words = table.runText(run[0], run[1]).split(/\s+/).map((w) => normalizeWord(w.toLowerCase().replace(/['’]s$/, '')));
      if (run[1] > run[0] && words[words.length - 1] === head) names.push({ item: run[0], name: (items[run[0] - 1]?.lower === 'the' ? 'the ' : '') + original.slice(items[run[0]].start, items[run[1]].end).replace(/['’]s$/, '') });
    }
    byNoun.set(head, names);
  }
  const before = new Set(names.filter((n) => n.item < at).map((n) => n.name));
  return before.size === 1 ? [...before][0] : null;
}

/**
 * Per text and body noun, the items of its definite phrases ("the company") and, for as many of them as were asked
 * about, the organisation the latest of them up to each was found to be.
 */
interface CalledSo {
  readonly phrases: number[];
  readonly latest: (string | null)[];
}

const calledSo = new WeakMap<readonly Item[], Map<string, CalledSo>>();

/**
 * The organisation the latest "the `head`" before item `at` was found to be. Each phrase is read once per text, in
 * text order as far as asked, and a question costs a binary search, so the reading stays linear.
 */
function bodyCalledSoBefore(original: string, items: readonly Item[], table: PeopleTable, at: number, head: string): string | null {
  let byNoun = calledSo.get(items);
  if (!byNoun) calledSo.set(items, (byNoun = new Map()));
  let chain = byNoun.get(head);
  if (!chain) {
    const phrases: number[] = [];
    for (let k = 0; k + 1 < items.length; k++) {
      if (items[k].lower === 'the' && isWord(items[k + 1]) && !items[k + 1].capital && normalizeWord(items[k + 1].lower) === head) phrases.push(k);
    }
    byNoun.set(head, (chain = { phrases, latest: [] }));
  }
  // The phrases before this one.
  const lo = lastBefore(chain.phrases, at - 1) + 1;
  for (let j = chain.latest.length; j < lo; j++) {
    chain.latest.push(bodyNameFitting(original, items, table, chain.phrases[j], head) ?? chain.latest[j - 1] ?? null);
  }
  return lo > 0 ? chain.latest[lo - 1] : null;
}

/** Whether the connective at `k` ("and", "of") joins a capitalised run ending on an organisation's word ("… Harbour Workers' Union"). */
function joinsBodyName(items: readonly Item[], table: PeopleTable, k: number): boolean {
  if (!/^(?:of|for|on|and)$/.test(items[k]?.lower ?? '')) return false;
  const next = items[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const more = isCapitalised(items[next]) ? table.runAfter(next) : null;
  return !!more && ORGANISATION_WORDS.has(normalizeWord(items[more[1]].lower));
}

/** The organisation named in the sentences before item `at` that "the `head`" fits (see namedBodyBefore). */
function bodyNameFitting(original: string, items: readonly Item[], table: PeopleTable, at: number, head: string): string | null {
  let near = sentenceStartNear(items, at);
  for (let n = 0; n < SENTENCES_BACK && near > 0; n++) near = sentenceStartNear(items, near - 1);
  let from = near;
  for (let n = SENTENCES_BACK; n < BODY_REACH && from > 0; n++) from = sentenceStartNear(items, from - 1);
  const sentence = sentenceStartNear(items, at);
  const opensBefore = sentence > 0 ? afterDateline(items, sentenceStartNear(items, sentence - 1)) : -1;
  let found: string | null = null;
  // "the club", "the side": a team the text showed to be one, the one it named most (the article's own, not the
  // opponent of a result), the first of those on a tie (the lede's).
  const team = TEAM_NOUNS.includes(head);
  const teams = new Map<string, number>();
  let mostNamed = 0;
  for (let i = from; i < at; i++) {
    // A name's own start: not the words after "of" inside one ("the Ministry of Justice"), though after "Tenants of".
    const inside = items[i - 1]?.lower === 'of' && isCapitalised(items[i - 2]) && items[i - 3]?.sentence === items[i - 2].sentence;
    // (A name opening a paragraph starts a run whatever capital ended the one before: "By Rob Caddick ¶ Ashdown County".)
    if (!isCapitalised(items[i]) || (isCapitalised(items[i - 1]) && items[i - 1].paragraph === items[i].paragraph) || inside) continue;
    const run = table.runAfter(i);
    if (!run) continue;
    const written = table.runText(run[0], run[1]).toLowerCase().split(/\s+/);
    if (team) {
      // ("Club captain Rhys Penhale": the noun alone, capitalised to open a sentence, names no team.)
      if (isTeamRun(items, table, run[0], run[1]) || (written.includes(head) && written.length > 1)) {
        const name = original.slice(items[run[0]].start, items[run[1]].end);
        const times = (teams.get(name) ?? 0) + 1;
        teams.set(name, times);
        if (times > mostNamed) [found, mostNamed] = [(items[run[0] - 1]?.lower === 'the' ? 'the ' : '') + name, times];
      }
      i = run[1];
      continue;
    }
    // A one-word name only when the text showed it to be a body's ("Skogfrakt said its drivers …"), or when it opens
    // a longer one ("the Federation of Tram Staff").
    const one = run[1] === run[0] ? table.mentionAt(run[0])?.person : undefined;
    // "the Dock and Harbour Workers' Union": or when a connective joins it to more of a body's name after it.
    const joined = joinsBodyName(items, table, run[1] + 1);
    if (run[1] === run[0] && !(one && table.organisations.has(one)) && !ORGANISATION_WORDS.has(normalizeWord(written[0])) && !joined) continue;
    const place = PLACE_FIRST_WORDS.test(written[0].charAt(0).toUpperCase() + written[0].slice(1)) || PLACE_LAST.test(written[written.length - 1]) || PUBLICATION_LAST.test(written[written.length - 1]);
    // "the United Nations Office for the Coordination of Humanitarian Affairs": connectives join a body's name.
    for (let k = run[1] + 1; /^(?:of|for|on|and)$/.test(items[k]?.lower ?? '');) {
      const next = items[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const more = isCapitalised(items[next]) ? table.runAfter(next) : null;
      if (!more) break;
      run[1] = more[1];
      k = more[1] + 1;
    }
    if (run[1] === run[0] && !(one && table.organisations.has(one))) continue;
    const person = table.mentionAt(run[0])?.person;
    const words = table.runText(run[0], run[1]).split(/\s+/).map((w) => normalizeWord(w.toLowerCase()));
    // "Wendle Water, which serves 900,000 homes,": a name "which" describes is a thing's.
    const which = items[run[1] + 1]?.text === ',' && items[run[1] + 2]?.lower === 'which';
    // "Pacific Ridge Power, the utility that …": a name given a body's noun in apposition is a body's too.
    const given = givenNoun(items, run[1], head);
    const shown = which || given || (!!person && table.organisations.has(person));
    // "the regulator" for the Horseracing Regulatory Authority: a word of the name on the noun's stem.
    const named = words.some((w) => w === head || (head.length >= 6 && sharesStem(w, head))) || given;
    const commercial = words.some((w) => COMMERCIAL_NAMES.test(w));
    const fitsAny = (ANY_BODY.test(head) || KIND_BODY.test(head)) && !(COMMERCIAL.test(head) && words.some((w) => NON_COMMERCIAL.test(w))) &&
      !(KIND_NAMES.has(head) && !words.some((w) => KIND_NAMES.get(head)!.test(w)));
    // "Air Ravai said all flights were cancelled. “…,” the airline said": the subject of the sentence just before, a
    // name no one is shown to be.
    const subject = i === opensBefore && !!person && table.gender(person) === null && !surelyPerson(person);
    // "Brookvale Festival: Organisers apologise": a name ending in the body's own noun is the body's, whatever a
    // headline made of it, unless the text shows it a person's.
    const endsInNoun = words[words.length - 1] === head && !!person && !surelyPerson(person);
    const fits = i >= near
      ? (shown || subject || endsInNoun || (!person && words.some((w) => ORGANISATION_WORDS.has(w)))) && !place && (fitsAny || named)
      : (shown && (fitsAny || named)) || words.includes(head) || (COMMERCIAL.test(head) && commercial);
    if (fits) found = (items[run[0] - 1]?.lower === 'the' ? 'the ' : '') + original.slice(items[run[0]].start, items[nounAfterName(items, run[1], head)].end);
    i = run[1];
  }
  return found;
}

/** How many words in lower case may stand between a name and the body's noun after it ("refugee", "foreign policy"). */
const NAME_MODIFIERS = 2;

/**
 * "The United Nations refugee agency", "the Kremlin press office": the body is the noun the name qualifies, not the
 * name's own body; the item of that noun (`head`) after the name ending at `last`, else `last`.
 */
function nounAfterName(items: readonly Item[], last: number, head: string): number {
  for (let k = last + 1; k <= last + 1 + NAME_MODIFIERS && isWord(items[k]) && !items[k].capital && items[k].sentence === items[last].sentence; k++) {
    if (normalizeWord(items[k].lower) === head) return k;
    if (DETERMINERS.has(items[k].lower) || PHRASE_STOPS.has(items[k].lower)) break;
  }
  return last;
}

/** The one document phrase of the sentence before item `at`'s ("sent an email to staff"), if it holds no body's nor a statement. */
function documentInSentenceBefore(items: readonly Item[], at: number): Subject | null {
  const own = sentenceStartNear(items, at);
  if (own === 0) return null;
  const start = sentenceStartNear(items, own - 1);
  let found: Subject | null = null;
  for (let k = start; k < own; k++) {
    if (!isWord(items[k]) || items[k].capital) continue;
    const kind = kindOfHead(items[k].lower);
    if (kind === 'body') return null;
    if (kind !== 'document') continue;
    let first = k - 1;
    while (first > start && first > k - 3 && isWord(items[first]) && !DETERMINERS.has(items[first].lower) && !items[first].capital) first--;
    // A statement is its issuer's, whom the rules for "it" after a speaker already find.
    if (!/^(?:a|an|the)$/.test(items[first]?.lower ?? '') || found || WRITTEN_BY.test(normalizeWord(items[k].lower))) return null;
    found = { kind, first, last: k, head: items[k].lower };
  }
  return found;
}

/**
 * "Tanya Brooks issued a statement. “…,” it said", "Her solicitor read a statement on her behalf. “…,” it said": an it
 * after a sentence that brings in a statement is that statement, its issuer's words.
 */
function statementIssuedBefore(original: string, items: readonly Item[], table: PeopleTable, at: number): string | null {
  const own = sentenceStartNear(items, at);
  if (own === 0) return null;
  for (let k = sentenceStartNear(items, own - 1); k < own; k++) {
    if (isWord(items[k]) && WRITTEN_BY.test(normalizeWord(items[k].lower))) return issuerInSentence(original, items, table, k);
  }
  return null;
}

/** The subject after the comma closing an "according to" phrase from `from`, when it runs up to the verb at `to`. */
function subjectAfterSource(items: readonly Item[], from: number, to: number): Subject | null {
  let comma = from;
  while (comma < to && items[comma].text !== ',') comma++;
  const s = comma + 1 < to ? sentenceSubject(items, comma + 1, to) : null;
  return s && s.last >= to - 2 ? s : null;
}

/** How far after a name its noun in apposition may stand ("the Brennan Falls Foxes, the city's Triple-A baseball team"). */
const GIVEN_REACH = 7;

/**
 * Whether the run [first, last] is a sports team's name (see teams.ts) or one the text gives a team's noun in apposition
 * ("the Brennan Falls Foxes, the city's baseball team"): never a person's, however a result names them.
 */
function isTeamRun(items: readonly Item[], table: PeopleTable, first: number, last: number): boolean {
  const person = table.mentionAt(first)?.person;
  if (person && !table.organisations.has(person) && (surelyPerson(person) || table.gender(person) !== null)) return false;
  const written = table.runText(first, last).split(/\s+/);
  if (TEAM_NOUNS.some((n) => givenNoun(items, last, n))) return true;
  // "Port Ellery", "the Westland Cricket Board": a place or a public body is named in results too.
  const end = normalizeWord(written[written.length - 1].toLowerCase());
  // "Ashdown County have been given two weeks": a name the grammar shows to be a team's is one, whatever its end.
  return writtenAsTeam(items, first, last) || (!PLACE_FIRST_WORDS.test(written[0]) && !PLACE_LAST.test(end) && !NON_COMMERCIAL.test(end) && isTeamName(items, first, last));
}

/** Whether the name ending at item `last` is given `noun` in apposition: "Pacific Ridge Power, the utility that …". */
function givenNoun(items: readonly Item[], last: number, noun: string): boolean {
  if (items[last + 1]?.text !== ',' || !/^(?:the|a|an)$/.test(items[last + 2]?.lower ?? '')) return false;
  // "Helen Carrick, the company's chief executive," is given a role, not the noun: the noun as an owner is not it.
  // "In a statement read by their solicitor, Tobias Wren, the family said": a noun its verb follows is the subject.
  const subject = (k: number) => isWord(items[k + 1]) && (SPEECH_VERBS.has(items[k + 1].lower) || WRITTEN_VERBS.has(items[k + 1].lower));
  for (let k = last + 2; k <= last + GIVEN_REACH && isWord(items[k]); k++) if (normalizeWord(items[k].lower) === noun && !/['’]s$/.test(items[k].text)) return !subject(k);
  return false;
}

/** An unnamed person a description brought in: as the text first describes them, the gender it shows, where it began. */
interface Described {
  readonly speaker: string;
  readonly gender: Gender | undefined;
  readonly first: number;
}

/**
 * "One official … said …. "…," the official said": a speaker known only as "the official", or as the he/she of a
 * sentence right after "A council spokeswoman said …", is the unnamed person the sentences before brought in, as the
 * text first describes them ("one official", "a council spokeswoman"). Null when no such person was brought in.
 */
function describedEarlier(original: string, items: readonly Item[], table: PeopleTable, qi: number, mention: Mention): Described | null {
  const words = mention.text.toLowerCase().split(/\s+/);
  const gender = words.length === 1 ? PRONOUN_GENDER.get(words[0]) : undefined;
  // A definite phrase is taken back to its description even when the conversation read it as someone named: the
  // description and its speech verb just before say who it is.
  const definite = words.length > 1 && /^(?:the|that|this)$/.test(words[0]);
  if (!gender && !definite) return null;
  // Only one brought in by a speech verb ("One official … said"), not "A man started up"; a he/she only when the
  // sentence just before is about them.
  // A quotation takes the clause of another sentence ("… said the revolt was “…” “…,” the whip said", or a quotation
  // going on after its clause's): the sentences before are those before the clause.
  const at = clauseItem(items, qi, mention) ?? qi;
  for (const s of subjectsBefore(items, at, gender ? 1 : SENTENCES_BACK)) {
    if (s.kind !== 'person' || !/^(?:a|an|one)$/.test(items[s.first].lower)) continue;
    // Not past a he/she read as the principal person coming back in a new paragraph (principalPronouns.ts).
    if (table.mentionsWithin(s.first, at).some((m) => table.principalReturns.has(m.item))) continue;
    const head = normalizeWord(s.head);
    // A role of no gender fits a he/she when its own sentence's he/she has that gender ("A retired engineer … said he
    // had designed …"), or when its sentence is the one just before and names no one of that gender ("a 62-year-old
    // retiree"; not "An aide to Senator Ruth Kane said").
    const namesOne = () => table.mentionsWithin(s.first, at).some((m) => !PRONOUN_GENDER.has(items[m.item].lower) && table.gender(m.person) === gender);
    // "A retiree sat wrapped in a blanket. She said she had lived there for years. “…,” the retiree said": sentences
    // opening on a he/she in between go on about the description.
    const justBefore = items[s.first].sentence === items[sentenceBeforeOnPronouns(items, at) - 1]?.sentence;
    // Not when its sentence makes another of that gender its object ("A reporter asked her what she would do next").
    const ungendered = roleGender(head) === null && !(gender && objectOfGenderAfter(items, s.last, at, gender));
    const fits = definite ? callsAgain(items, s, head, normalizeWord(words[words.length - 1])) : roleGender(head) === gender || (ungendered && (ownPronoun(items, s) === gender || (justBefore && !namesOne())));
    if (fits && (speaksAfter(items, s) || reportsSource(items, s) || (justBefore && isRoleNoun(head) && !GENERIC_PERSON_NOUNS.has(head) && !namesOne()))) {
      // "A woman who gave her name only as Bea said …", "a boy called Dowsett": the name the text gives, not the
      // description, is who she is.
      if (givesNameWithin(items, s.last + 1, s.last + VERB_REACH) || calledByName(items, s.last)) return null;
      return { speaker: asWritten(original, items, inFull(items, s)), gender: gender ?? roleGender(head) ?? ownPronoun(items, s) ?? pronounOpeningNextSentence(items, s.last), first: s.first };
    }
  }
  return null;
}

/**
 * Whether "the `noun`" calls again the person a description headed by `head` brought in: the same noun or one of its
 * other names ("the skipper" for "a captain"), a noun on a word of the description ("the retiree" for "a retired
 * teacher"), or "the man"/"the woman" for a description of that gender, by its noun or by the he/she of its sentence
 * or of the next ("a young mother", "a teacher sat down. She said").
 */
function callsAgain(items: readonly Item[], s: Subject, head: string, noun: string): boolean {
  if (noun === head || sameRole(head).includes(noun)) return true;
  for (let k = s.first + 1; k < s.last; k++) if (noun.length >= 6 && sharesStem(normalizeWord(items[k].lower), noun)) return true;
  const said = roleGender(noun);
  if (!said || !GENERIC_PERSON_NOUNS.has(noun)) return false;
  return (roleGender(head) ?? ownPronoun(items, s) ?? pronounOpeningNextSentence(items, s.last)) === said;
}

/** Whether two words share all but their last two letters, at least five ("retiree" and "retired"). */
function sharesStem(a: string, b: string): boolean {
  const stem = Math.max(5, b.length - 2);
  return a.length >= stem && a.slice(0, stem) === b.slice(0, stem);
}

/** The item of a clause's mention within a few items of quotation item `qi`, before or after it, if any. */
function clauseItem(items: readonly Item[], qi: number, mention: Mention): number | null {
  for (let k = Math.max(0, qi - 2 * VERB_REACH); k < items.length && k <= qi + 2 * VERB_REACH && items[k].start <= mention.span.start; k++) if (items[k].start === mention.span.start) return k;
  return null;
}

/** The start of the sentence holding item `at`, or of the first of the sentences before it that open on a he/she. */
function sentenceBeforeOnPronouns(items: readonly Item[], at: number): number {
  let start = sentenceStartNear(items, at);
  for (let n = 0; n < SENTENCES_BACK && start > 0; n++) {
    const before = sentenceStartNear(items, start - 1);
    if (!/^(?:he|she)$/.test(items[before].lower)) break;
    start = before;
  }
  return start;
}

/**
 * `A spokesman for the department said: "…"`: a clause that took the body ("the department") for the speaker when the
 * sentence's subject is someone unnamed speaking for it.
 */
function speakerForBody(original: string, items: readonly Item[], qi: number, mention: Mention): string | null {
  // "A spokesman for the Friends of Elm Park said": or the body's name after "the".
  const at = /^the\s/i.test(mention.text) ? null : clauseItem(items, qi, mention);
  if (!/^the\s/i.test(mention.text) && !(at !== null && items[at - 1]?.lower === 'the')) return null;
  const start = sentenceStartNear(items, qi);
  const s = start < qi ? sentenceSubject(items, start, qi) : null;
  if (!s || s.kind !== 'person' || s.last === s.first || !/^(?:a|an|one)$/.test(items[s.first].lower)) return null;
  return items[s.first].start < mention.span.start && items[s.last].end >= mention.span.end ? asWritten(original, items, s) : null;
}

/** The gender of the first he or she after a subject phrase in its sentence ("A retiree … said he first thought"). */
function ownPronoun(items: readonly Item[], s: Subject): Gender | undefined {
  for (let k = s.last + 1; k <= s.last + VERB_REACH && items[k]?.sentence === items[s.last].sentence; k++) {
    if (/^(?:he|she)$/.test(items[k].lower)) return PRONOUN_GENDER.get(items[k].lower);
  }
  return undefined;
}

/** How many items after a subject phrase its speech verb may stand ("One official, who asked not to be named, said"). */
const VERB_REACH = 16;

/** Whether a speech verb follows a subject phrase in its sentence ("A council spokeswoman said the …"). */
function speaksAfter(items: readonly Item[], s: Subject): boolean {
  for (let k = s.last + 1; k <= s.last + VERB_REACH && (isWord(items[k]) || items[k]?.text === ','); k++) if (SPEECH_VERBS.has(items[k].lower)) return true;
  return false;
}

/** Whether a subject phrase is the source "according to" gives ("According to a person familiar with the talks, …"). */
const reportsSource = (items: readonly Item[], s: Subject) => items[s.first - 1]?.lower === 'to' && items[s.first - 2]?.lower === 'according';

/** Words after which a verb is one the sentence reports or plans, not its own: "would continue", "to leave". */
const MODAL_OR_TO = /^(?:would|will|could|can|might|may|must|should|shall|to)$/;

/** Whether a document's noun that is also a verb is written as a noun: "an internal report", "the report". */
function documentNounAt(items: readonly Item[], v: number): boolean {
  if (!DOCUMENT_NOUNS.has(items[v].lower)) return false;
  const determiner = (k: number) => isWord(items[k]) && DETERMINERS.has(items[k].lower);
  // "a police incident report": two modifiers, neither a word the lists know for a person ("the union officials report").
  const modifier = (k: number) => isWord(items[k]) && !items[k].capital && !isKnownPersonNoun(items[k].lower) && !DETERMINERS.has(items[k].lower);
  return determiner(v - 1) || (determiner(v - 2) && isWord(items[v - 1]) && !items[v - 1].capital && !isPersonNoun(items[v - 1].lower)) ||
    (determiner(v - 3) && modifier(v - 2) && modifier(v - 1));
}

/**
 * Whether a verb's plain form at `v` is a noun, the object of a preposition: "told analysts on a conference call",
 * "during a phone call" (a preposition's "a" and one word bring in no subject of a verb), not "called" nor "calls".
 */
function singularNounAt(items: readonly Item[], v: number): boolean {
  return !/(?:s|ed)$/.test(items[v].lower) && isWord(items[v - 1]) && !items[v - 1].capital && /^(?:a|an)$/.test(items[v - 2]?.lower ?? '') &&
    /^(?:on|in|during|after|before|at|with|by|from|through|via|over)$/.test(items[v - 3]?.lower ?? '');
}

/** Forms of "be" (and "get") that make the verb after them passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);

/**
 * Whether the verb at `verb` is passive ("Its plan was called “…”", "the wall was found “…”"): its subject is what was
 * called or found, not who spoke, so the sentence names no speaker.
 */
function isPassive(items: readonly Item[], verb: number, start: number): boolean {
  let k = verb - 1;
  while (k >= start && isWord(items[k]) && isVerbModifier(items[k].lower)) k--;
  return k >= start && isWord(items[k]) && PASSIVE_AUXILIARIES.has(items[k].lower);
}

/**
 * Speakers for quotations the people-only reading left without one or credited to a document: `The report concluded
 * that "…"`, `It described X as "…"`, `the union said in a statement that "…"`, `An inspector … found the wall "…"`,
 * `The statement said "…"` (its issuer). `quoteItems` are the items of the top-level quotations.
 */
export function bodyAttributions(
  original: string, items: readonly Item[], quoteItems: readonly number[], attributions: readonly Attribution[], table: PeopleTable,
): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  let lastDescribed: Described | null = null;
  let previous: number | null = null;
  let people: Set<string> | null = null;
  const isPersonName = (name: string) => (people ??= new Set(table.persons.filter((p) => !table.organisations.has(p)).map((p) => p.name))).has(name);
  for (const qi of quoteItems) {
    const a = attributions[items[qi].quote];
    const before = previous;
    previous = qi;
    const it = (a.speaker ? referentOfIt(original, items, table, qi, a) : null) ?? referentOfThey(original, items, table, qi, a, isPersonName);
    if (it) {
      found.set(items[qi].quote, it);
      continue;
    }
    if (a.speaker) {
      const spokeBefore = before !== null && items[before].paragraph === items[qi].paragraph ? (found.get(items[before].quote) ?? attributions[items[before].quote]).speaker : null;
      const writer = a.mention ? documentOfMention(original, items, table, qi, a.mention) ?? documentNamedBy(original, items, qi, a.mention) ?? statementOfSpeakerBefore(a.mention, spokeBefore) : null;
      const again = a.mention ? describedEarlier(original, items, table, qi, a.mention) : null;
      if (again) lastDescribed = again;
      const described = writer ?? recordingDocument(original, items, qi, a.mention) ?? again?.speaker ?? (a.mention ? stillDescribed(items, table, qi, a, lastDescribed) ?? speakerForBody(original, items, qi, a.mention) ?? bodyNamedBefore(original, items, table, qi, a) : null);
      // "“…,” the diplomat said. The UN secretary-general's office … urged both sides to “…”": a quotation that took
      // a speaker from a clause outside its sentence is still its own sentence's body's or document's.
      // A bare "the charity" or "the email" says less than the name a clause gave ("Cycling UK", the email's writer),
      // not than a speaker read from the narration around ("In a statement on Monday, the family said: “…”").
      // So is one the narration's subject was given with no cue: a body's, or a document's when that subject was only
      // named in its description ("A copy of the agreement between Severnside Water and the regulator … states that
      // the company will “…”"), even a bare one.
      const lead = a.mention ? null : describedLead(original, items, table, qi);
      if (lead) {
        found.set(items[qi].quote, lead.attribution);
        continue;
      }
      const lent = borrowed(items, qi, a);
      // A colon is no verb: "Rudd sent a text message that read: “…”" is the message's, whoever opens the sentence;
      // nor is "according to" when the source it names is a document ("According to a memo Tran sent, …").
      const colon = a.cue === ':' || a.cue === 'according to';
      const own = described ? null : lent || !a.cue || colon ? ownSentenceSpeaker(original, items, table, qi) : null;
      // A document other than a statement speaks as itself, bare or not ("One email, read to the court, said:").
      const itself = own?.kind === 'document' && !WRITTEN_BY.test(normalizeWord(own.attribution.mention?.text.split(/\s+/).pop()?.toLowerCase() ?? ''));
      // A person's clause lends no name to a body or a group of people ("“…,” Wren wrote. The union called it “…”"),
      // nor to someone unnamed: "The council said in its report that … “…”. A council spokesman added: “…”".
      const fromPerson = lent && !!a.speaker && isPersonName(a.speaker);
      const bare = own && lent && a.mention && !itself && !fromPerson && /^the \S+$/.test(own.attribution.speaker ?? '') && !/^(?:a|an|one) /i.test(a.speaker);
      // (Not one set off from its verb: "The city's own hydrologists, the opinion said, had shown".)
      const group = fromPerson && own?.kind === 'person' && isGroup(own.head ?? '') && !commaBeforeVerb(items, own);
      // "The authority said … “…”. A spokeswoman for the authority said … “…”": someone unnamed whose speech verb is in
      // the quotation's own sentence speaks it, not the speaker an earlier sentence lent.
      const unnamed = lent && own?.kind === 'person' && /^(?:a|an|one) /i.test(own.attribution.speaker ?? '');
      if (described) found.set(items[qi].quote, { ...a, speaker: described });
      else if (own && !bare && (objectOfVerb(items, own, a) || group || unnamed || (own.kind === 'document' ? lent || !a.cue || colon || describesDocument(items, own, a) : !colon && own.kind !== 'name' && own.kind !== 'person'))) found.set(items[qi].quote, own.attribution);
      continue;
    }
    // A he/she no one named fits: the unnamed person the sentence before brought in, as for one read to a name.
    const unnamed = a.mention ? describedEarlier(original, items, table, qi, a.mention) : null;
    if (unnamed) {
      lastDescribed = unnamed;
      found.set(items[qi].quote, { ...a, speaker: unnamed.speaker });
      continue;
    }
    const own = ownSentenceSpeaker(original, items, table, qi) ?? describedLead(original, items, table, qi);
    const referent = own ? null : referentOfIt(original, items, table, qi, a);
    if (own) found.set(items[qi].quote, own.attribution);
    else if (referent) found.set(items[qi].quote, referent);
  }
  // "The Office for Water Standards (OWS) … OWS said": initials the text spelled out are the body in full.
  for (const [index, a] of bodyRunOns(items, quoteItems, attributions, found)) found.set(index, a);
  // "Alder Vale Health Partners … Alder Vale said": the organisation in full.
  const names = organisationNames(original, items, table);
  for (const qi of names.length > 0 ? quoteItems : []) {
    const a = found.get(items[qi].quote) ?? attributions[items[qi].quote];
    const full = fullBodyName(names, table, a.speaker);
    if (full) found.set(items[qi].quote, { ...a, speaker: full });
  }
  const acronyms = acronymsIn(original, items);
  for (const qi of acronyms.size > 0 ? quoteItems : []) {
    const a = found.get(items[qi].quote) ?? attributions[items[qi].quote];
    const full = spelledOut(acronyms, a.speaker);
    if (full) found.set(items[qi].quote, { ...a, speaker: full });
  }
  return found;
}

/**
 * "“…,” it said", "The link, it says, “…”": the document or body the sentences before are about, also when the
 * conversation gave the quotation a person's name (no person is an "it").
 */
function referentOfIt(original: string, items: readonly Item[], table: PeopleTable, qi: number, a: Attribution): Attribution | null {
  if (!a.mention || !/^it$/i.test(a.mention.text)) return null;
  const at = clauseItem(items, qi, a.mention);
  const speaker = at === null ? null : speakerOf(original, items, table, { kind: 'it', first: at, last: at, head: 'it' });
  return speaker ? { ...a, speaker } : null;
}

/** Body nouns for a group of people, not for what its owner is: "Pike's family" is not Pike. */
const PEOPLE_BODIES = /^(?:family|families)$/;

/**
 * "Pike's family described him as … In a statement released through the police, they said:", "Prosecutors argued …
 * “…,” they wrote": a they is the last group or body its paragraph made a sentence's subject (a family, a union, a
 * plural of people), never one person; a person's name met first as a subject is the they's own (a singular they).
 * Only where the people reading found no one, or a person.
 */
function referentOfThey(original: string, items: readonly Item[], table: PeopleTable, qi: number, a: Attribution, isPersonName: (name: string) => boolean): Attribution | null {
  if (!a.mention || !/^they$/i.test(a.mention.text) || (a.speaker && !isPersonName(a.speaker))) return null;
  const at = clauseItem(items, qi, a.mention);
  if (at === null) return null;
  const start = sentenceStartNear(items, at);
  const own = start < at ? sentenceSubject(items, start, at) : null;
  for (const s of [...(own ? [own] : []), ...subjectsBefore(items, at, SENTENCES_BACK, table)]) {
    if (items[s.first].paragraph !== items[at].paragraph) break;
    if (s.kind === 'owner') {
      const noun = items[s.last + 1];
      return { ...a, speaker: isWord(noun) && PEOPLE_BODIES.test(noun.lower) ? original.slice(items[s.first].start, noun.end) : speakerOf(original, items, table, s) };
    }
    const group = s.kind === 'body' || (s.kind === 'person' && isGroup(s.head)) || namesBody(items, table, s);
    const speaker = group ? speakerOf(original, items, table, s) : null;
    if (speaker) return { ...a, speaker };
    if (s.kind === 'name' || s.kind === 'person') return null;
  }
  return null;
}

/**
 * "“…,” the company said": a clause's bare body phrase, which the people table left as written, is the organisation
 * named before; else the description that brought its noun in ("Montrevia’s embassy in Vesna … the embassy wrote").
 */
function bodyNamedBefore(original: string, items: readonly Item[], table: PeopleTable, qi: number, a: Attribution): string | null {
  if (!a.mention || a.speaker !== withLowerDeterminer(a.mention.text)) return null;
  const words = a.mention.text.toLowerCase().split(/\s+/);
  const at = words.length === 2 && words[0] === 'the' ? clauseItem(items, qi, a.mention) : null;
  return at === null ? null : (namedBodyBefore(original, items, table, at, words[1]) ?? introducedBody(original, items, at, at + 1));
}

/** How many sentences after its description an unnamed speaker keeps the he/she of their gender. */
const DESCRIBED_REACH = 8;

/** How many items before a description the named person a he/she was read to is looked for. */
const NAMED_REACH = 2000;

/**
 * "A 74-year-old widow sat with her cat. … “…,” the widow said. (next paragraph) “…,” she said": a he/she the table
 * read to a named person is the unnamed speaker described since, when that person has not been named again since the
 * description and it has the he/she's gender. The table knows only named people, so it cannot weigh them itself.
 */
function stillDescribed(items: readonly Item[], table: PeopleTable, qi: number, a: Attribution, last: Described | null): string | null {
  const g = a.mention ? PRONOUN_GENDER.get(a.mention.text.toLowerCase()) : undefined;
  if (!last || !g || last.gender !== g || items[qi].sentence - items[last.first].sentence > DESCRIBED_REACH) return null;
  // By a name: a pronoun or a role phrase the table read to them ("the widow" taken for the councillor) is no naming.
  // A speaker named before the description only ("her mother", read from the sentence before, is no such person).
  const byName = table.mentionsWithin(Math.max(0, last.first - NAMED_REACH), qi).filter((m) => m.person.name === a.speaker && items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower));
  return byName.length > 0 && byName.every((m) => m.item < last.first) ? last.speaker : null;
}

/**
 * "… after staff uncovered what the university called “…”", "the draft describes", "a condition the investigators
 * judged “…”": a body's, a document's or a group's definite phrase right before the verb is its subject.
 */
function bodyJustBefore(items: readonly Item[], start: number, verb: number): Subject | null {
  // A headline drops its articles: "Council apologises after report finds “…”".
  const bare = items[verb - 1];
  const kind = verb - 1 >= start && isWord(bare) && !bare.capital && !DETERMINERS.has(items[verb - 2]?.lower ?? '') ? kindOfHead(bare.lower) : null;
  if (kind === 'document' && isHeadline(items, start)) return { kind, first: verb - 1, last: verb - 1, head: bare.lower };
  // "Three of the complaints, it found, had been “…”": an it set off by commas with its verb speaks, not the subject.
  if (bare?.lower === 'it' && items[verb - 2]?.text === ',' && items[verb + 1]?.text === ',') return { kind: 'it', first: verb - 1, last: verb - 1, head: 'it' };
  // "The Front … blamed the government for what it called “…”": the it of "what it called" speaks.
  if (bare?.lower === 'it' && items[verb - 2]?.lower === 'what') return { kind: 'it', first: verb - 1, last: verb - 1, head: 'it' };
  // "… demanded a meeting after inspectors rated it “inadequate”", "carrying what officials described as a “…”": a
  // bare group a subordinator or a "what" opens its clause with.
  if (verb - 2 >= start && isWord(bare) && !bare.capital && isGroup(bare.lower) && (SUBORDINATORS.test(items[verb - 2].lower) || items[verb - 2].lower === 'what')) return { kind: 'person', first: verb - 1, last: verb - 1, head: bare.lower };
  for (let k = verb - 2; k >= start && k >= verb - 3; k--) {
    if (items[k].lower !== 'the') continue;
    // "A spokeswoman for the authority said": the body is what the person speaks for; the person is the subject.
    if (AFFILIATION.test(items[k - 1]?.lower ?? '') && isWord(items[k - 2]) && isPersonNoun(items[k - 2].lower)) return null;
    // "Families of the victims called": the group whose "of" it is speaks.
    if (items[k - 1]?.lower === 'of' && isWord(items[k - 2]) && isGroup(items[k - 2].lower)) return null;
    const s = sentenceSubject(items, k, verb);
    const group = s?.kind === 'person' && isGroup(s.head);
    return s && (s.kind === 'body' || s.kind === 'document' || group) && s.last === verb - 1 ? s : null;
  }
  return kind === 'document' ? ownedDocument(items, start, verb - 1) : null;
}

/** "what Delaney Strategic's invoices called “…”": a document noun at `noun` after its owner's name, a word between at most. */
function ownedDocument(items: readonly Item[], start: number, noun: number): Subject | null {
  if (!isWord(items[noun]) || items[noun].capital || kindOfHead(items[noun].lower) !== 'document') return null;
  let owner = noun - 1;
  if (isWord(items[owner]) && !items[owner].capital && !DETERMINERS.has(items[owner].lower)) owner--;
  if (owner < start || !isCapitalised(items[owner]) || !/['’]s$/.test(items[owner].text)) return null;
  let first = owner;
  while (first - 1 >= start && isCapitalised(items[first - 1])) first--;
  return { kind: 'document', first, last: noun, head: items[noun].lower };
}

/** How many items a relative "that" may stand after the document it describes ("a text message to a friend that read"). */
const RELATIVE_REACH = 5;

/**
 * "above a handwritten sign that reads “…”", "a strategy paper that described …", "a text message to a friend that
 * read:": the document a "that" or "which" right before the verb describes, past a short phrase after its noun (no
 * name nor body between, which the relative could describe instead).
 */
function documentBeforeRelative(items: readonly Item[], start: number, verb: number): Subject | null {
  if (!/^(?:that|which)$/.test(items[verb - 1]?.lower ?? '')) return null;
  for (let k = verb - 2; k >= start && k >= verb - 1 - RELATIVE_REACH && isWord(items[k]) && !items[k].capital; k--) {
    const kind = kindOfHead(items[k].lower);
    if (kind === 'body') return null;
    if (kind !== 'document') continue;
    let first = k;
    for (let j = k - 1; j >= start && j >= k - 4 && isWord(items[j]); j--) {
      if (DETERMINERS.has(items[j].lower)) {
        first = j;
        break;
      }
    }
    return { kind, first, last: k, head: items[k].lower };
  }
  return null;
}

/**
 * "According to minutes of the meeting, the two dissenting members argued that … “…”": the view of a group no one
 * names, in words the document the sentence gives as its source records, is the document's ("the minutes"): a group
 * speaks no phrase in unison, so the words are the record's. One person, or a name, speaks their own.
 */
function recordingDocument(original: string, items: readonly Item[], qi: number, mention: Mention | null): string | null {
  const at = mention ? clauseItem(items, qi, mention) : null;
  if (at === null || items[at].sentence !== items[qi].sentence) return null;
  const start = sentenceStartNear(items, at);
  if (items[start].lower !== 'according' || items[start + 1]?.lower !== 'to' || items[at - 1]?.text !== ',') return null;
  let end = at;
  while (end < qi && items[end].end < mention!.span.end) end++;
  const subject = items.slice(at, end + 1);
  if (!isGroup(subject[subject.length - 1]?.lower ?? '') || subject.some((w, i) => w.capital && (i > 0 || !DETERMINERS.has(w.lower)))) return null;
  // The source's head: its first document noun ("minutes of the meeting published …", "a memo Tran sent").
  const first = DETERMINERS.has(items[start + 2]?.lower ?? '') ? start + 3 : start + 2;
  for (let k = first; k < at - 1; k++) if (isWord(items[k]) && isDocumentNoun(items[k].lower)) return `the ${original.slice(items[first].start, items[k].end)}`;
  return null;
}

/** How many items from a quotation its sentence's "according to" may stand. */
const SOURCE_REACH = 40;

/**
 * "According to an internal report seen by the Courier, students paid “…”", "The company has “substantially less”
 * than that, according to the petition filed in court": a sentence with no speech verb before its quotation may name
 * its source before or after it.
 */
function sourceOf(original: string, items: readonly Item[], table: PeopleTable, qi: number, start: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  const inSentence = (k: number) => items[k]?.sentence === items[qi].sentence && items[k].kind !== 'quote';
  let k = Math.max(start, qi - SOURCE_REACH);
  while (k < qi && !(items[k].lower === 'according' && items[k + 1]?.lower === 'to')) k++;
  let end = qi;
  if (k >= qi) {
    for (k = qi + 1; inSentence(k) && k <= qi + SOURCE_REACH && !(items[k].lower === 'according' && items[k + 1]?.lower === 'to'); k++);
    if (!inSentence(k) || items[k].lower !== 'according') return null;
    end = k + 2;
    while (inSentence(end)) end++;
  }
  const s = sentenceSubject(items, k + 2, end);
  const speaker = s && speakerOf(original, items, table, s);
  if (!s || !speaker) return null;
  const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
  return { attribution: { speaker, mention, cue: null }, kind: s.kind, verb: k };
}

/** How many items a body's or a document's phrase before ", which" may hold ("the European Brain Health Consortium"). */
const WHICH_REACH = 8;

/**
 * "… according to the team, which said in a statement that it was “…”", "paid for by the Harbour Trust, which said":
 * the body or document a "which" right before the verb stands for, a phrase or a name ending before its comma.
 */
function whichBefore(items: readonly Item[], start: number, verb: number): Subject | null {
  if (items[verb - 1]?.lower !== 'which' || items[verb - 2]?.text !== ',') return null;
  const end = verb - 3;
  const named = nameBeforeBodyNoun(items, start, end);
  if (named) return named;
  for (let k = end; k >= start && k >= end - WHICH_REACH && isWord(items[k]); k--) {
    const opens = items[k].lower === 'the' || (isCapitalised(items[k]) && !isCapitalised(items[k - 1]) && items[k - 1]?.lower !== 'the');
    if (!opens) continue;
    const s = sentenceSubject(items, k, verb - 2);
    return s && s.last === end && (s.kind === 'body' || s.kind === 'document' || s.kind === 'name') ? s : null;
  }
  return null;
}

/**
 * "by Roots & Branches magazine, which": a body's noun in lower case after a name is the kind of body the name is,
 * and the name, its capitals and the connectives or ampersands between them, is the body's.
 */
function nameBeforeBodyNoun(items: readonly Item[], start: number, end: number): Subject | null {
  if (!isWord(items[end]) || items[end].capital || kindOfHead(items[end].lower) !== 'body' || !isCapitalised(items[end - 1])) return null;
  const joins = (k: number) => (insideName(items, k) || items[k].text === '&') && isCapitalised(items[k - 1]);
  let first = end - 1;
  while (first - 1 >= start && (isCapitalised(items[first - 1]) || joins(first - 1)) && end - first < WHICH_REACH) first--;
  if (FUNCTION_WORDS.has(items[first].lower)) return null;
  return first < end - 1 ? { kind: 'name', first, last: end - 1, head: items[end - 1].lower } : null;
}

/** How many items a headline may hold. */
const HEADLINE_ITEMS = 40;

/** Whether the sentence opening at item `start` is a headline: the text's short first paragraph, with no full stop. */
export function isHeadline(items: readonly Item[], start: number): boolean {
  const paragraph = items[start].paragraph;
  if (paragraph !== items[0].paragraph) return false;
  let end = start;
  while (end + 1 < items.length && end < HEADLINE_ITEMS && items[end + 1].paragraph === paragraph) end++;
  return items[end + 1]?.paragraph !== paragraph && !/[.!?]\W*$/u.test(items[end].text);
}

/** A plural person noun ("investigators", "families"): a group the text does not name one by one. */
/**
 * `“We would not be surprised.” Analysts at Greyfield called it “…”`, `Bannister said: “That is a matter.” The company
 * said: “…”`: a quotation closed by its own full stop, then a capital, ends a sentence the narration reads on; the
 * sentence whose subject speaks begins after the last such one before item `qi`.
 */
function afterClosedQuotation(items: readonly Item[], start: number, qi: number): number {
  for (let k = qi - 2; k >= start; k--) {
    if (items[k].kind === 'quote' && /[.!?]\W*$/u.test(items[k].text) && isCapitalised(items[k + 1])) return k + 1;
  }
  return start;
}

/** Whether a comma stands between a subject and its verb, which then belongs to a parenthetical of its own. */
function commaBeforeVerb(items: readonly Item[], own: { attribution: Attribution; verb: number }): boolean {
  const end = own.attribution.mention?.span.end ?? 0;
  for (let k = own.verb - 1; k >= 0 && items[k].start >= end; k--) if (items[k].text === ',') return true;
  return false;
}

function isGroup(head: string): boolean {
  const w = normalizeWord(head.toLowerCase());
  if (w === 'people' || w === 'families') return true;
  return (w.endsWith('ies') && isPersonNoun(`${w.slice(0, -3)}y`)) || (w.endsWith('s') && isPersonNoun(w.slice(0, -1)));
}

/**
 * Whether the name a quotation was given stands inside the description of its sentence's document subject, between
 * the subject and its verb ("the agreement between Severnside Water and the regulator … states"), not after a "by"
 * ("The review was led by Dr Ann Ho, who told the BBC that …": the verb may be hers).
 */
function describesDocument(items: readonly Item[], own: { attribution: Attribution; verb: number }, a: Attribution): boolean {
  const subject = own.attribution.mention;
  if (!a.mention || !subject || a.mention.span.start <= subject.span.start || a.mention.span.end > items[own.verb].start) return false;
  let at = own.verb - 1;
  while (at > 0 && items[at].start > a.mention.span.start) at--;
  return items[at].start === a.mention.span.start && items[at - 1]?.lower !== 'by';
}

/**
 * Whether the name a quotation was given with no cue of its own stands after its sentence's verb, as its object or
 * inside what it reports ("The resolution accuses Alcázar of “…”", "the stewards recorded that Copper Lantern had
 * “…”"): the verb's subject is the speaker.
 */
function objectOfVerb(items: readonly Item[], own: { verb: number }, a: Attribution): boolean {
  return !a.cue && !!a.mention && a.mention.span.start > items[own.verb].start;
}

/** Whether a quotation's attribution came from a clause outside the quotation's own sentence. */
function borrowed(items: readonly Item[], qi: number, a: Attribution): boolean {
  // A speaker with no mention was read from the narration around, not from a clause of the quotation's own.
  if (!a.mention) return true;
  const start = afterClosedQuotation(items, sentenceStartNear(items, qi), qi);
  // The sentence is read on only as far as the mention reaches: one sentence may hold thousands of quotations.
  let end = qi;
  while (items[end].end < a.mention.span.end && items[end + 1]?.sentence === items[qi].sentence) end++;
  return a.mention.span.start < items[start].start || a.mention.span.end > items[end].end;
}

/**
 * A speech or writing verb in the quotation's sentence before it: the sentence's subject said or wrote it (`The
 * report concluded that "…"`), with the kind of subject it is.
 */
/**
 * "A letting agent in the town centre, who asked not to be named, was blunt. “I could let every flat …”": a quotation
 * opening its sentence with no clause of its own is the unnamed person the sentence before, holding no quotation,
 * opens on, described in full.
 */
function describedLead(original: string, items: readonly Item[], table: PeopleTable, qi: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  const start = sentenceStartNear(items, qi);
  if (start !== qi || qi === 0) return null;
  const before = sentenceStartNear(items, qi - 1);
  if (items.slice(before, qi).some((x) => x.kind === 'quote')) return null;
  const s = sentenceSubject(items, before, qi);
  // The description must open the sentence: "Then she seized a small boy" is not about the boy.
  if (s?.kind !== 'person' || s.first !== afterDateline(items, before) || !/^(?:a|an|one)$/.test(items[s.first].lower) || !isPersonNoun(s.head) || PRONOUN_GENDER.has(s.head)) return null;
  const full = inFull(items, s);
  const mention: Mention = { span: { start: items[full.first].start, end: items[full.last].end }, text: original.slice(items[full.first].start, items[full.last].end) };
  return { attribution: { speaker: speakerOf(original, items, table, s), mention, cue: null }, kind: s.kind, verb: -1 };
}

/** "three deaths were judged by the trial's safety board to be “…”": a passive verdict's "by" agent gave the words. */
function passiveAgentSpeaker(original: string, items: readonly Item[], table: PeopleTable, start: number, qi: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  for (let v = qi - 2; v > start; v--) {
    if (!isWord(items[v]) || !(SPEECH_VERBS.has(items[v].lower) || WRITTEN_VERBS.has(items[v].lower)) || items[v + 1]?.lower !== 'by' || !isPassive(items, v, start)) continue;
    const s = sentenceSubject(items, v + 2, qi);
    const speaker = s && s.kind !== 'it' && speakerOf(original, items, table, s);
    if (!s || !speaker) return null;
    const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
    return { attribution: { speaker, mention, cue: items[v].text }, kind: s.kind, verb: v };
  }
  return null;
}

/** How many items a document's phrase after a quotation may hold before its verb ("the Orme Keating review"). */
const CLAUSE_PHRASE_ITEMS = 6;

/**
 * "“…,” the report found.", "“…,” the Orme Keating review concluded.": a document's phrase after the quotation, with
 * a verb a document speaks with, is its clause, as "the report said" is.
 */
function documentClauseAfter(original: string, items: readonly Item[], table: PeopleTable, qi: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  let first = qi + 1;
  while (items[first]?.text === ',') first++;
  if (!isWord(items[first]) || items[first].sentence !== items[qi].sentence || !DETERMINERS.has(items[first].lower)) return null;
  for (let v = first + 1; v <= first + CLAUSE_PHRASE_ITEMS && isWord(items[v]) && items[v].sentence === items[qi].sentence; v++) {
    if ((!SPEECH_VERBS.has(items[v].lower) && !WRITTEN_VERBS.has(items[v].lower)) || documentNounAt(items, v)) continue;
    const s = sentenceSubject(items, first, v);
    const speaker = s && s.last === v - 1 && s.kind === 'document' ? speakerOf(original, items, table, s) : null;
    if (!s || !speaker) return null;
    const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
    return { attribution: { speaker, mention, cue: items[v].text }, kind: s.kind, verb: v };
  }
  return null;
}

/**
 * "The club marked Saturday with a video under the caption “…”", "The school posted a photograph, with the caption:
 * “…”": a caption's words are those of the sentence's subject, who posted it.
 */
function posterOfCaption(original: string, items: readonly Item[], table: PeopleTable, start: number, qi: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  const noun = items[qi - 1]?.text === ':' ? qi - 2 : qi - 1;
  if (!isWord(items[noun]) || !/^(?:caption|captioned)$/.test(items[noun].lower)) return null;
  const s = sentenceSubject(items, start, noun);
  const speaker = s && (s.kind === 'body' || s.kind === 'name') ? speakerOf(original, items, table, s) : null;
  if (!s || !speaker) return null;
  const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
  return { attribution: { speaker, mention, cue: items[noun].text }, kind: s.kind, verb: noun };
}

/**
 * "The minutes of the January meeting, released this month, showed that two members had thought “…”", "An appendix to
 * the papers estimates that transfers will take “…”": a document is quoted for what it says, whatever verb carries it,
 * so a document the sentence opens on, acting (no "was" or "has been" after it), is the one quoted, when no one else
 * the sentence names could be.
 */
function documentSubject(original: string, items: readonly Item[], table: PeopleTable, start: number, qi: number): { attribution: Attribution; kind: Kind; verb: number } | null {
  const s = sentenceSubject(items, start, qi);
  if (s?.kind !== 'document' || s.first !== afterDateline(items, start)) return null;
  let verb = s.last + 1;
  // "The minutes of the January meeting, released this month, showed": past what the phrase goes on to say of it.
  while (verb < qi && items[verb].text !== ',' && !(isWord(items[verb]) && /(?:s|ed)$/.test(items[verb].lower) && !kindOfHead(items[verb].lower))) verb++;
  if (items[verb]?.text === ',') {
    verb++;
    while (verb < qi && items[verb].text !== ',') verb++;
    verb++;
  }
  if (verb >= qi || !isWord(items[verb]) || items[verb].capital || PASSIVE_AUXILIARIES.has(items[verb].lower) || MODAL_OR_TO.test(items[verb].lower) || /^(?:has|have|had)$/.test(items[verb].lower)) return null;
  if (table.mentionsWithin(s.last + 1, qi - 1).length > 0) return null;
  const speaker = speakerOf(original, items, table, s);
  if (!speaker) return null;
  const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
  return { attribution: { speaker, mention, cue: items[verb].text }, kind: s.kind, verb };
}

/**
 * Whether a term after its determiner is what a speech verb named it: "what officials described as a “final offer”",
 * "The council called it a “final offer”" (the verb's subject chose the words), not "a “peace plan”" alone.
 */
function namedAsTerm(items: readonly Item[], qi: number): boolean {
  const verb = (k: number) => isWord(items[k]) && (SPEECH_VERBS.has(items[k].lower) || WRITTEN_VERBS.has(items[k].lower));
  const between = items[qi - 2]?.lower ?? '';
  return DETERMINERS.has(items[qi - 1].lower) && (between === 'as' || /^(?:it|them|him|her|this|that)$/.test(between)) && verb(qi - 3);
}

/**
 * Whether a speech verb before the term in its sentence reports it in a "that" clause, "The ministry said that the
 * measures were a “mirror response”": the term is the speaker's, as any reported words are, not one the narration
 * coins ("Analysts call the plan a “peace deal”" names it); so does one speaking of it, "warned of a “…”".
 */
function reportedTerm(items: readonly Item[], start: number, qi: number): boolean {
  for (let v = start; v < qi - 2; v++) if (isWord(items[v]) && SPEECH_VERBS.has(items[v].lower) && items[v + 1]?.lower === 'that') return true;
  // "The accounts warn of a “material uncertainty”": what a speech verb speaks of is its subject's words too.
  const v = qi - 3;
  return v >= start && isWord(items[v]) && SPEECH_VERBS.has(items[v].lower) && /^(?:of|about)$/.test(items[v + 1].lower);
}

function ownSentenceSpeaker(original: string, items: readonly Item[], table: PeopleTable, qi: number): { attribution: Attribution; kind: Kind; verb: number; head?: string } | null {
  const start = afterClosedQuotation(items, sentenceStartNear(items, qi), qi);
  // One or two words a determiner brings in ("the so-called “community fund”", "a “peace deal”") are a term.
  // A "that" before a verb's words is a relative pronoun, no determiner: "errors that “unnecessarily escalated” …".
  const relative = items[qi - 1]?.lower === 'that' && /^\p{Ll}\S*(?:ly|ed)$/u.test(items[qi].text.replace(/^\W+/u, '').split(/\s+/)[0]);
  const term = isTerm(items[qi].text) && isWord(items[qi - 1]) && (DETERMINERS.has(items[qi - 1].lower) || items[qi - 1].lower === 'so-called') && !relative;
  if (term && !namedAsTerm(items, qi) && !reportedTerm(items, start, qi)) return null;
  if (start === qi) return documentClauseAfter(original, items, table, qi);
  let verb = -1;
  // "… warned that disruption would continue", "began to leave": a verb after a modal or "to" reports nothing, and
  // one after a determiner is a noun ("the state would need").
  const before = (v: number) => items[v - 1]?.lower ?? '';
  // "said … insurers should be required to state": a written verb in the passive is what the report says, not its verb.
  const passiveWritten = (v: number) => !SPEECH_VERBS.has(items[v].lower) && /^(?:be|been|being|is|are|was|were)$/.test(before(v));
  const reports = (v: number) => isWord(items[v]) && (SPEECH_VERBS.has(items[v].lower) || findsThat(items, v) || (WRITTEN_VERBS.has(items[v].lower) && !passiveWritten(v))) && !MODAL_OR_TO.test(before(v)) &&
    !documentNounAt(items, v) && !singularNounAt(items, v) && (!DETERMINERS.has(before(v)) || documentBeforeRelative(items, start, v) !== null);
  // "The council said in its report that insurers should be required to …": a passive verb reports no one's words;
  // the verb before it in the sentence, if any, does.
  for (let v = qi - 1; v >= start && verb < 0; v--) if (reports(v) && !isPassive(items, v, start)) verb = v;
  if (verb < 0) return passiveAgentSpeaker(original, items, table, start, qi) ?? sourceOf(original, items, table, qi, start) ?? posterOfCaption(original, items, table, start, qi) ??
    documentSubject(original, items, table, start, qi);
  // "The review was led by Dr Ann Ho, who told the BBC …": the verb is the one "who" stands for, not the sentence's subject.
  if (items[verb - 1]?.lower === 'who') return null;
  // "…, according to the team, which said …": the body a "which" clause describes speaks, not the sentence's subject.
  const which = items[verb - 1]?.lower === 'which' && items[verb - 2]?.text === ',';
  const s = which ? whichBefore(items, start, verb) : documentBeforeRelative(items, start, verb) ?? bodyJustBefore(items, start, verb) ?? sentenceSubject(items, start, verb);
  const speaker = s && speakerOf(original, items, table, s);
  if (!s || !speaker) return null;
  const mention: Mention = { span: { start: items[s.first].start, end: items[s.last].end }, text: original.slice(items[s.first].start, items[s.last].end) };
  return { attribution: { speaker, mention, cue: items[verb].text }, kind: s.kind, verb, head: s.head };
}
