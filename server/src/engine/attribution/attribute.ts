import type { AttributedQuotation, Attribution, Mention, Person, ProseView, Quotation, Span, Utterance } from '../types';
import { clauseOf, isOpenBodyCompound, isPersonNoun, namedInNextSentence, phraseAfter, type Clause } from './clauses';
import { GENERIC_PERSON_NOUNS, KIN, PRONOUN_GENDER, SPOUSES, pronounOf, roleGender, sameRole, titlesOfCalling, withLowerDeterminer, type Gender } from './lexicon';
import { kinNounAfter, tieOf } from './kinship';
import { relativeCalledByAge } from './agedRelatives';
import { formerOrLatter } from './formerAndLatter';
import { relativeComparedByAge } from './comparedRelatives';
import { headlineRelative } from './headlineRelatives';
import { bylineName } from './bylines';
import { writerAsksBetween, writerOnlyAsks } from './interviewerTurns';
import { normalizeWord, parseName, samePerson } from './names';
import { callsNarratorsRelative, narratorsTies, paragraphsWithNarrator, reportsNarratorSpeech, toldInFirstPerson } from './firstPerson';
import { calledGender, echoesName, isCry, nameClosing, namesTurnedTo, namesSpokenOf, takeTurns, vocativesIn, type Turn } from './dialogue';
import { hearerNamesIn, narratorName, narratorsRelatives, spelledOut } from './narratorNames';
import { fullNamesIn } from './fullestNames';
import { repeatedNameClause } from './repeatedTags';
import { isTerm, isWord, narrationItems, narrationItemsInSteps, paragraphStart, paragraphing, pronounOpeningNextSentence, sentenceStart, sentenceStarts, type Item, type Paragraphing } from './narration';
import { GIVEN_NAME_GENDER } from './givenNames';
import { learnAddressees } from './addressees';
import { learnAddressedGivenNames, learnAddressedRelatives, relativeOfAddressed } from './addressedOwners';
import { describedGender } from './describedGenders';
import { describedAsOther } from './describedAsOther';
import { calledNewcomers, greetedNames } from './greetedNames';
import { describedBefore, describedSubjectBefore, descriptionAt, type Description } from './descriptions';
import { namesOfDescribedSpeakers } from './describedSpeakers';
import { spokenRoles } from './spokenRoles';
import { paragraphsWithholdingNames } from './withheldNames';
import { turnQuotationAttributions } from './turnQuotes';
import { interviewSpeakers } from './interviewLabels';
import { labelSpeaker } from './labelSpeakers';
import { namesGivenInTurns } from './namedInTurns';
import { bodyAttributions, isBodyName, isDocumentOrBody, isJoinedBodyName } from './bodies';
import { organisationsIn } from './organisations';
import { continuedAttributions, cuesEveryTurn, cuesItsTurns } from './continuations';
import { droppedClauseSpeakers } from './droppedClauses';
import { escaped } from './handles';
import { openingCalls } from './openingCalls';
import { endsWaiting } from './waiting';
import { sentenceOpeningDescriptions } from './standingDescriptions';
import { describedApart } from './describedApart';
import { pauseIn } from './pauses';
import { heardOnTheLine, opensAsCaller } from './phoneOpeners';
import { reportedSpeaker } from './reportedTurns';
import { opensSceneShift } from './sceneShifts';
import { opensContactClause } from './contactClauses';
import { quotedWithin } from './quotedWithin';
import { examinationTurns } from './examinations';
import { reportingParagraphBefore, reportingSubjectBefore } from './reportingLeads';
import { reportingSubject } from './narratedPhrases';
import { holderOfTitle, titleAlone } from './titleRoles';
import { NAME_QUESTION, answeredNames, callersOwnNames, nameStatedAsOwn, selfNamedByPronoun, selfNamedSpeakers } from './selfNamed';
import { learnCouples } from './couples';
import { groupBefore, memberOfGroupBefore, oneOfThemAt, subjectGroupBefore } from './groupSpeakers';
import { bornAs } from './birthNames';
import { activeSubject } from './activeSubjects';
import { courtParty } from './courtParties';
import { answererOf, askerBefore } from './answeredQuestions';
import { isAgeNoun, learnAgeMentions } from './ageNouns';
import { learnNamings } from './namings';
import { learnNamedAs, namedInAside } from './namedAs';
import { learnNicknames } from './nicknames';
import { learnSurnameNicknames } from './surnameNicknames';
import { learnClippedNicknames } from './clippedNicknames';
import { introducedRelative, learnIntroducedRelatives } from './kinIntroductions';
import { learnKinNames } from './kinNames';
import { learnNamesInParts } from './namesInParts';
import { namedKinCalls } from './namedKinCalls';
import { learnTitlesAsNames } from './titlesAsNames';
import { settleSharedSurnames } from './sharedSurnames';
import { settleFirmNamesakes } from './firmNamesakes';
import { unnamedRelativeBefore } from './unnamedRelatives';
import { holderOfAdjective, holderOfModifiedRole } from './adjectiveRoles';
import { heldForAnotherSide } from './affiliations';
import { staffOfBody } from './bodyStaff';
import { agedOtherwise } from './agedPhrases';
import { heldAsAnothers, ownedBy } from './ownedRoles';
import { withheldInFull, withholdsName } from './withheldNames';
import { roleCalledAgain } from './rolesCalledAgain';
import { introducedSource, shownSource } from './introducingDescriptions';
import { lastBefore, wordPositions } from './wordPositions';
import { unnamedAgain } from './unnamedAgain';
import { memberOfGroup } from './groupMembers';
import { describedSpeakerAgain } from './repeatedDescriptions';
import { shownStranger } from './shownStrangers';
import { descriptionsNamedAfter } from './namedDescriptions';
import { apposedNamesAgain } from './apposedNamings';
import { namesOfAddressedDescriptions } from './addressedDescriptions';
import { ledeRoleHolder } from './ledes';
import { describedAgain, isOpponent, relativeJustBefore, reportsSpeech } from './newsDescriptions';
import { reportedSubjectBefore } from './reportedSubjects';
import { joinedSubject } from './joinedPredicates';
import { isKinPhrase, opensOnClause, unnamedJustBefore } from './unnamedJustBefore';
import { newAppointee } from './newAppointees';
import { voiceNamedAfter, voiceSeenAs } from './voiceOwners';
import { describedSubjectLeading } from './heldLeads';
import { PeopleTable, isCapitalised, isRoleNoun, roleKeys, type PersonRecord } from './people';
import { opensFiniteClause } from './previousSubjects';
import { principalOf, principalOfRole } from './principalPerson';
import { describedInQuotation, earlierPartOf, namedInOwnClause, namedInQuotation, namedInReport, namedInTurns, turnsBefore } from './quotedPersons';
import { definiteSubjectBefore, describedTie, documentBefore, narratedRelative, ownedBefore, ownedNoun, speakersRelative } from './quotedRelatives';
import { retoldClause } from './retoldClauses';
import { addresseeOfClause } from './spokenTo';
import { addressedByRole, isKinCall } from './roleVocatives';
import { facedIn } from './facedPeople';
import { toNarratorIn } from './wordsToNarrator';
import { signedName } from './letterSignatures';
import { echoedSpeakers } from './echoedWords';
import { headingQuotations, inHeading } from './headings';
import { readAsPartOf } from './openingCapitals';
import { clauseIndex, messageSenders } from './sentMessages';
import { signSpeakers } from './heldSigns';
import { runSteps, type Steps } from '../steps';
import { interpretedOwner, isBareInterpreter } from './interpreters';

export { nameInStyleOf, samePerson } from './names';

export interface AttributionResult {
  readonly quotations: AttributedQuotation[];
  readonly people: Person[];
}

const PARENTS = new Set(['mother', 'father', 'mamma', 'papa']);
/** Bodies whose words are their counsel's: "the prosecution said", "the defence argued". */
const COURT_SIDES = /^(?:prosecution|prosecutors|defence|defense)$/;
const KIN_TITLE = /^(uncle|aunt|cousin|grandfather|grandmother|grandma|grandpa)$/;
/** A kin title said alone at the start of a quotation or between commas: "Uncle, you …", "Surely, uncle, you …". */
const KIN_VOCATIVE = /(?:^\s*|[,;]\s+)(?:(?:oh|my|my dear|dear)\s+)?(uncle|aunt|cousin|grandfather|grandmother|grandma|grandpa)\s*[,!?.—]/i;

/** What follows a name its bearer introduces themselves by: ", your new tenant", ", at your service". */
const SELF_INTRODUCED = /^\s*[,—–-]+\s*(?:your|at\s+your)\s/i;
/** How many paragraphs of narration before a conversation are read for the people who may take part in it. */
const SCENE_REACH = 3;
/** How many paragraphs on a speaker may say their own name again ("Pip, sir." … "Pip. Pip, sir."). */
const REPEAT_REACH = 3;
/** Words ending on a question for a person: "By who?", "Who told you that?", "Whom did you see?". */
const WHO_QUESTION = /\bwhom?\b[^.!?]*\?\W*$/i;

/** Speech verbs that carry on a speaker's own words ("he added", "she went on"). */
const CONTINUING = /^(?:added|continued|went|resumed|pursued|persisted|repeated)$/;

const NOBODY: Attribution = { speaker: null, mention: null, cue: null };

/**
 * Credits every quotation to its speaker, learning who is who from the text itself: names, titles, appositive roles,
 * pronoun genders. Sources and drafts go through this same code.
 */
export function attributeQuotations(view: ProseView, quotations: readonly Quotation[]): AttributionResult {
  return runSteps(attributeQuotationsInSteps(view, quotations));
}

/** How far back a paragraph's start is sought for the people it has brought up. */
const PARAGRAPH_REACH = 400;
/** Quotations whose speech cue is read and resolved (or, failing one, found in the context) in one step. */
const CLAUSES_PER_STEP = 200;
/** Narration items searched for names in one step, and runs of capitalised words taken as names in one step. */
const ITEMS_PER_STEP = 10000;
const RUNS_PER_STEP = 500;

/** attributeQuotations in steps: the narration, each stage of learning the people, the cues a few hundred at a time. */
export function* attributeQuotationsInSteps(view: ProseView, quotations: readonly Quotation[]): Steps<AttributionResult> {
  const text = view.text;
  const paragraphs = paragraphing(text);
  const top = quotations.map((q, index) => ({ q, index })).filter(({ q }) => q.depth === 0);
  yield;
  const items = yield* narrationItemsInSteps(text, { start: 0, end: text.length }, top, paragraphs);
  yield;
  const quoteItems: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].kind === 'quote') quoteItems.push(i);
  // The cues are read before the people: the nouns they make speakers are roles the names may be given.
  const clauses = new Map<number, Clause>();
  for (const [k, qi] of quoteItems.entries()) {
    if (k > 0 && k % CLAUSES_PER_STEP === 0) yield;
    const clause = clauseOf(items, qi);
    if (clause) clauses.set(qi, clause);
  }
  yield;
  const table = yield* learnPeople(items, spokenRoles(items, clauses.values()));
  const attributions: Attribution[] = quotations.map(() => NOBODY);
  for (const [k, [qi, clause]] of [...clauses].entries()) {
    if (k > 0 && k % CLAUSES_PER_STEP === 0) yield;
    attributions[items[qi].quote] = resolve(view, items, table, clause);
  }
  yield;
  yield* fillFromContext(view.original, items, quoteItems, quotations, attributions, table, clauses);
  for (const [index, a] of examinationTurns(items, table, quoteItems, clauses, (c) => resolve(view, items, table, c).speaker)) attributions[index] = a;
  // A he/she that neither the people table nor the conversation could settle is the one the narration last described
  // with its gender ("the young lady"); read last, so no conversation takes the description for a name.
  const described = new Set<number>();
  for (const [qi, clause] of clauses) {
    const gender = clause.kind === 'pronoun' ? PRONOUN_GENDER.get(items[clause.first].lower) : undefined;
    const a = attributions[items[qi].quote];
    const speaker = gender && !a.speaker ? describedBefore(items, clause.first, gender, view.original) : null;
    if (!speaker) continue;
    attributions[items[qi].quote] = { ...a, speaker };
    described.add(qi);
  }
  // "“He left something,” she said, and nodded at the register. “Said you’d want it.”": the words going on in that
  // turn's paragraph with no cue of their own are the description's too.
  for (const [k, qi] of quoteItems.entries()) {
    const previous = quoteItems[k - 1];
    if (previous === undefined || !described.has(previous) || items[previous].paragraph !== items[qi].paragraph || clauses.has(qi) || attributions[items[qi].quote].speaker) continue;
    attributions[items[qi].quote] = attributions[items[previous].quote];
    described.add(qi);
  }
  // "The trainer said the horse … ‘…’": a description reporting speech in the sentence before.
  for (const qi of quoteItems) {
    const clause = attributions[items[qi].quote].mention ? null : reportingSubjectBefore(items, qi);
    if (clause) attributions[items[qi].quote] = { ...resolve(view, items, table, clause), cue: null };
  }
  // "Ellery said she had hung up …" then a paragraph of quotation alone: in news, the one whose words were reported.
  const newsTurns = cuesItsTurns(items, quoteItems, attributions);
  for (const qi of newsTurns ? quoteItems : []) {
    const clause = attributions[items[qi].quote].mention ? null : reportingParagraphBefore(items, qi);
    const reported = clause && resolve(view, items, table, clause);
    if (reported?.speaker) attributions[items[qi].quote] = { ...reported, cue: null };
  }
  // "a hospital porter … stopped to shake hands. “…,” the porter said": in a report, the one shown, as described.
  // The tag's other quotations ("“…,” the porter said. “Same fight.”") are the same one's.
  const shownAt = new Map<number, string>();
  for (const [qi, clause] of cuesEveryTurn(items, quoteItems, attributions) ? clauses : []) {
    const a = attributions[items[qi].quote];
    if (clause.kind !== 'phrase' || !a.mention || a.mention.span.start !== items[clause.first].start || a.speaker !== withLowerDeterminer(a.mention.text)) continue;
    const shown = shownSource(view.original, items, table, clause.first, clause.last);
    if (shown) shownAt.set(a.mention.span.start, shown);
  }
  for (const [index, a] of attributions.entries()) {
    const shown = a.mention && a.speaker === withLowerDeterminer(a.mention.text) ? shownAt.get(a.mention.span.start) : undefined;
    if (shown) attributions[index] = { ...a, speaker: shown };
  }
  for (const [index, a] of bodyAttributions(view.original, items, quoteItems, attributions, table)) attributions[index] = a;
  // Where each item's clause and sentence open, read once for both kinds of written words.
  const clauseStarts = clauseIndex(items);
  for (const [index, a] of messageSenders(view.original, items, quoteItems, attributions, table, clauseStarts)) attributions[index] = a;
  for (const [index, a] of signSpeakers(view.original, items, quoteItems, attributions, clauseStarts)) attributions[index] = a;
  for (const qi of quoteItems) {
    const relative = headlineRelative(items, table, qi);
    const noun = relative && items[relative.noun];
    if (relative && noun) attributions[items[qi].quote] = { speaker: relative.person.name, mention: { span: { start: noun.start, end: noun.end }, text: view.original.slice(noun.start, noun.end) }, cue: items[relative.verb].lower };
  }
  for (const [index, a] of continuedAttributions(items, quoteItems, attributions)) attributions[index] = a;
  for (const [index, a] of droppedClauseSpeakers(items, quoteItems, attributions)) attributions[index] = a;
  for (const [index, a] of openingCalls(items, quoteItems, attributions, table)) attributions[index] = a;
  // "I be plain Jack Durbeyfield": a description's words naming its speaker name the description's other turns.
  const spoken = quoteItems.map((qi) => ({ paragraph: items[qi].paragraph, words: items[qi].text, attribution: attributions[items[qi].quote], onTheLine: opensAsCaller(items[qi].text) && heardOnTheLine(view.original, items[qi].start) }));
  // Each of these names a turn's speaker and nothing else of its attribution.
  const rename = (k: number, name: string) => {
    const quote = items[quoteItems[k]].quote;
    attributions[quote] = { ...attributions[quote], speaker: name };
  };
  for (const [k, name] of selfNamedSpeakers(spoken, (name) => !!table.personNamed(name))) rename(k, name);
  for (const [k, name] of selfNamedByPronoun(spoken, (name) => nameGender(table, name))) rename(k, selfNamedPerson(table, name)?.name ?? name);
  for (const [k, name] of answeredNames(spoken, (name) => !!table.personNamed(name))) rename(k, name);
  for (const [k, name] of callersOwnNames(spoken, (name) => !!table.personNamed(name))) rename(k, selfNamedPerson(table, name)?.name ?? name);
  // "“…,” said a young officer. … The officer, whose name was Blakeney,": the description's turns are the one named.
  for (const [k, name] of descriptionsNamedAfter(items, table, quoteItems, (qi) => attributions[items[qi].quote])) rename(k, name);
  // "said the man inside, a retired crane operator named Tam Renn": "the man" of that scene's later turns is the one named.
  for (const [k, name] of apposedNamesAgain(items, table, quoteItems, (qi) => attributions[items[qi].quote])) rename(k, name);
  // "“…,” said the weeping handmaiden. “Ah, Ellis,” cried Miss Marjoribanks": a description answered by name is that name.
  for (const [k, name] of namesOfAddressedDescriptions(items, table, quoteItems, (qi) => attributions[items[qi].quote])) rename(k, name);
  for (const [k, name] of greetedNames(spoken, (name) => !!table.personNamed(name))) rename(k, name);
  for (const [k, name] of calledNewcomers(spoken, (name) => !!table.personNamed(name))) rename(k, name);
  otherSexAside(view.original, items, table, clauses, attributions);
  nameKinCalls(items, table, quoteItems, clauses, attributions);
  yield;
  const nested = new NestedQuotations(view.text, quotations, paragraphs, items);
  // The person a speaker's name is, for quotations inside quotations (the first so called, as the table lists them);
  // the table of names is made when the first one asks.
  let called: Map<string, PersonRecord> | null = null;
  const personCalled = (name: string | null): PersonRecord | null => {
    if (!called) {
      called = new Map();
      for (const p of table.persons) if (!called.has(p.name)) called.set(p.name, p);
    }
    return name === null ? null : called.get(name) ?? null;
  };
  // A he/she inside a quotation is someone other than its speaker: the one of that gender the narration before it is about.
  const quoteItemOf = new Map(quoteItems.map((qi) => [items[qi].quote, qi]));
  const thirdPerson = (parent: number, gender: Gender, words: readonly Item[], pronoun: number): string | null => {
    const qi = quoteItemOf.get(parent);
    const outer = attributions[parent].speaker;
    if (qi === undefined) return null;
    // "… said a guard on the northern side had taken his watch. ¶ “He told me, ‘…’”": the one the report was about; a
    // relative so reported is left to the relatives' rules below, which know the relative's name.
    const reported = pronoun === 0 ? reportedSubjectBefore(view.original, items, qi, gender) : null;
    if (reported && !isKinPhrase(reported)) return reported;
    const owner = personCalled(outer);
    // "… recalled a conversation with a constituent. “She said to me, ‘…’”": the newcomer the sentence before brought
    // in, when the quotation's words before the clause bring in no one themselves.
    const newcomer = opensOnClause(words, pronoun) ? unnamedJustBefore(view.original, items, qi, gender, table, owner) : null;
    if (newcomer) return newcomer;
    // "Her mother, she says, has been asking …. “She told me, ‘…’”": a relative the sentence before is about.
    const relative = relativeJustBefore(items, qi, gender);
    // "Her granddaughter, Maisie, …": the relative's name, as the table knows it in full.
    if (relative && /^\p{Lu}/u.test(relative)) return table.personNamed(relative)?.name ?? relative;
    // The relative by name when the text gave one ("her father, Jim Marlowe,").
    const kin = relative && normalizeWord(relative.split(' ').pop()!);
    // "the boy’s mother" is the boy's, not the speaker's.
    const known = kin && owner && !relative.startsWith('the ') ? table.relativeBy(owner, kin) : null;
    // "whose daughter Poppy … Then she held Poppy up and said": not the relative the pronoun's own clause names.
    if (relative && kin && !(known && namedInOwnClause(words, pronoun, known, table))) {
      if (known) return known.name;
      if (!relative.startsWith('whose ')) return relative;
      // "… whose son …": the outer speaker's, named as "her son" when the table knows their sex.
      const g = owner && table.gender(owner);
      return g ? `${g === 'f' ? 'her' : 'his'} ${kin}` : outer ? `${outer}'s ${kin}` : `the ${kin}`;
    }
    if (reported) return reported;
    const earlier = outer === null ? null : earlierPartOf(items, qi, (quote) => attributions[quote].speaker === outer);
    const earlierWords = earlier === null ? [] : nested.itemsOf(earlier);
    const named = namedInQuotation(words, pronoun, gender, table, owner) ?? namedInQuotation(earlierWords, earlierWords.length, gender, table, owner);
    if (named) return named;
    // "“My mother came into my room. … then she said, ‘…’”": the speaker's relative their words just brought up.
    const noun = ownedBefore(words, pronoun, gender) ?? ownedBefore(earlierWords, earlierWords.length, gender);
    if (noun) return narratedRelative(table, outer, owner, noun, attributions[parent].mention?.text ?? null);
    // Only one the quotation's own paragraph has brought up: a man of another paragraph is as likely someone unnamed.
    const person = table.antecedent(qi, gender, null, owner ?? null);
    const from = paragraphStart(items, qi, Math.max(0, qi - PARAGRAPH_REACH));
    if (person && table.mentionsWithin(from, qi).some((m) => m.person === person) && !namedInOwnClause(words, pronoun, person, table)) return person.name;
    // "Voss said she had spoken to Fairweather by phone. “He told me, ‘…’”": one the narration names just before the
    // quotation, whose sex the text never showed, is whom its speaker goes on to quote.
    const lately = namedJustBefore(items, table, qi, owner);
    if (lately && table.gender(lately) === null && !namedInOwnClause(words, pronoun, lately, table)) return lately.name;
    // "“Did you see Elena?” ¶ “I saw her. … She said, ‘…’”": in talk a he/she goes on about whom the turns just before named.
    const talkedOf = namedInTurns(turnsBefore(items, table, qi, gender).map((q) => nested.itemsOf(q)), gender, table, owner);
    if (talkedOf) return talkedOf;
    // Failing all else, one the paragraph before was about: "her father, Frank Ashby, … died … ¶ “He used to say, ‘…’”".
    const before = from > 0 ? paragraphStart(items, from - 1, Math.max(0, from - PARAGRAPH_REACH)) : 0;
    // Only one shown to be of the pronoun's gender, and not one the reported words name ("He says, ‘Tell Mr. Pidgeon …’").
    const fitsBefore = person && table.gender(person) === gender && table.mentionsWithin(before, from).some((m) => m.person === person);
    const aboutBefore = fitsBefore && !namedInOwnClause(words, pronoun, person, table) && !namedInReport(words, pronoun, person) ? person.name : null;
    // In a text about one person, a he/she of someone else's words that no one near has been is most often theirs.
    const principal = principalOf(items, table);
    if (principal && principal !== owner && table.gender(principal) === gender) return principal.name;
    const described = describedInQuotation(words, pronoun, gender) ?? describedInQuotation(earlierWords, earlierWords.length, gender);
    if (described) return described;
    // "“When the master wrote for you he said to me, ‘…’”": the one the words made the clause's subject, by the role's
    // holder the narration knows, else as the words describe them ("the man from the council").
    // "“The young man on the phone was very patient with me,” Mr. Prasky said. “He told me, ‘…’”": else the one the
    // same speaker's words just before made their subject so.
    let said = words;
    let subject = definiteSubjectBefore(words, pronoun, gender);
    if (!subject && aboutBefore) return aboutBefore;
    if (!subject) [said, subject] = [earlierWords, definiteSubjectBefore(earlierWords, earlierWords.length, gender)];
    if (!subject) return null;
    const holder = holderOfRole(table, qi, normalizeWord(said[subject.noun].lower), owner);
    return holder?.name ?? view.original.slice(said[subject.the].start, said[describedTie(said, subject.noun)].end);
  };
  // "“The gaffer just said, ‘…’”": a role inside a quotation is its holder the narration before the quotation knows,
  // someone other than the quotation's speaker.
  const roleHolder = (parent: number, role: string): string | null => {
    const qi = quoteItemOf.get(parent);
    const outer = personCalled(attributions[parent].speaker);
    return qi === undefined ? null : (holderOfRole(table, qi, role, outer) ?? courtParty(items, table, qi, role))?.name ?? null;
  };
  // "“My grandmother used to say, ‘…’”": the relative of the quotation's speaker.
  const relativeOf = (parent: number, noun: string): string => speakersRelative(table, attributions[parent].speaker, personCalled(attributions[parent].speaker), noun);
  // What the quotation's words before item `at`, else the narration just before the quotation, brought up.
  const inWordsOrBefore =
    (find: (original: string, items: readonly Item[], before: number) => string | null) =>
    (parent: number, words: readonly Item[], at: number): string | null => {
      const qi = quoteItemOf.get(parent);
      return find(view.original, words, at) ?? (qi === undefined ? null : find(view.original, items, qi));
    };
  // "“It said, ‘I’m alive,’”": a document; "“They said, ‘…’”": a group made a subject; "“One of them told me, ‘…’”":
  // one of such a group.
  const documentOf = inWordsOrBefore(documentBefore);
  const groupOf = inWordsOrBefore(subjectGroupBefore);
  const memberOf = inWordsOrBefore(memberOfGroupBefore);
  for (const [index, q] of quotations.entries()) {
    if (q.depth > 0) attributions[index] = nestedAttribution(view, nested, index, table, thirdPerson, (parent) => attributions[parent].speaker, roleHolder, relativeOf, documentOf, groupOf, memberOf);
  }
  const interview = interviewSpeakers(items, table, view.utterances, () => bylineName(view.original) ?? table.narrator().name);
  // Each label is read once, where its first turn stands.
  const labels = new Map<string, string>();
  const narrator = () => (toldInFirstPerson(items) ? table.narrator().name : null);
  for (const u of view.utterances) if (!labels.has(u.speaker)) labels.set(u.speaker, labelSpeaker(u.speaker.trim(), u.span.start, view.original, table, narrator));
  // A label that stands for no one ("CALLER", read as "Caller") is the name its party gives in a turn.
  const unnamed = (label: string) => labels.get(label)!.toLowerCase() === label.trim().toLowerCase() && !table.personNamed(labels.get(label)!);
  for (const [label, name] of namesGivenInTurns(view.original, view.utterances, unnamed)) labels.set(label, table.personNamed(name)?.name ?? name);
  const speakerOf = (u: Utterance) => interview.get(u) ?? labels.get(u.speaker)!;
  for (const [index, a] of turnQuotationAttributions(view.original, quotations, view.utterances, speakerOf)) attributions[index] = a;
  // A transcript's turns are its speakers' words, which a quotation may pick up again: each is cued by its label.
  const turns = view.utterances.map((u) => utteranceQuotation(text, u, speakerOf(u)));
  const echoSources = [...attributions, ...turns.map((t) => ({ ...t.attribution, cue: ':' }))];
  for (const [index, a] of echoedSpeakers(view.original, [...quotations, ...turns], echoSources, headingQuotations(items))) if (index < quotations.length) attributions[index] = a;
  // "… predicted his candidate would win “by a few thousand votes”": in news, a phrase quoted in a sentence of
  // narration that nothing else gave a speaker is the words of the one the sentence reports.
  if (cuesItsTurns(items, quoteItems, attributions)) {
    const startOfSentence = sentenceStarts(items);
    for (const qi of quoteItems) {
      if (attributions[items[qi].quote].speaker || !embedded(items, qi)) continue;
      const subject = reportingSubject(items, qi, startOfSentence(qi - 1));
      const speaker = subject && resolve(view, items, table, subject).speaker;
      if (speaker) attributions[items[qi].quote] = { speaker, mention: null, cue: null };
    }
  }

  // Object.assign rather than a spread: V8 copies these objects about ten times faster so.
  const attributed: AttributedQuotation[] = quotations.map((q, i) => Object.assign({}, q, { attribution: attributions[i], timestamp: null }));
  attributed.push(...turns);
  attributed.sort((a, b) => a.outer.start - b.outer.start || a.depth - b.depth);
  return { quotations: attributed, people: table.toPeople() };
}

/**
 * "“…,” she said" is not a man's the text has shown to be one, nor "he said" a woman's: once every step has had its
 * say and the table knows each person's sex in full (names merged, titles and given names read), such a turn goes to
 * the nearest one of the cue's sex instead, else to the description of that sex the narration last gave. With no one
 * of that sex about, the cue itself is wrong (a draft's "she said" for a man), and the turn keeps its speaker.
 */
function otherSexAside(original: string, items: readonly Item[], table: PeopleTable, clauses: ReadonlyMap<number, Clause>, attributions: Attribution[]): void {
  for (const [qi, clause] of clauses) {
    const a = attributions[items[qi].quote];
    const gender = clause.kind === 'pronoun' && /^(?:he|she)$/.test(items[clause.first].lower) ? PRONOUN_GENDER.get(items[clause.first].lower)! : null;
    const person = gender && a.speaker ? table.personNamed(a.speaker) : null;
    const g = person && table.gender(person);
    if (!g || g === gender) continue;
    const other = table.antecedent(clause.first, gender, null, person);
    const speaker = (other && table.gender(other) === gender ? other.name : null) ?? describedBefore(items, clause.first, gender!, original);
    if (speaker) attributions[items[qi].quote] = { ...a, speaker };
  }
}

/** "“…, Asa,” said Ma. ¶ “…, Verna.”": each kin call their exchanges name becomes that person, at all their turns. */
function nameKinCalls(items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], clauses: ReadonlyMap<number, Clause>, attributions: Attribution[]): void {
  const cuedByName = new Set<PersonRecord>();
  for (const clause of clauses.values()) {
    const person = clause.kind === 'name' ? table.mentionAt(clause.first)?.person : undefined;
    if (person) cuedByName.add(person);
  }
  for (const { kin, name, forms } of namedKinCalls(items, table, quoteItems, attributions, cuedByName)) {
    const person = table.personNamed(name);
    const was = new Set([kin.name, ...forms, person?.name]);
    if (person && person !== kin) table.merge(person, kin);
    const target = person && person !== kin ? person : kin;
    const core = parseName(name).core;
    if (core.length > target.core.length || target === kin) table.callBy(target, core);
    for (const [i, a] of attributions.entries()) if (a.speaker !== null && was.has(a.speaker)) attributions[i] = { ...a, speaker: target.name };
  }
}

/** The people table from the narration's names, then the genders its pronouns show; a step per stage. */
export function* learnPeople(items: readonly Item[], spoken: ReadonlySet<string>): Steps<PeopleTable> {
  const lowerWords = new Set<string>();
  // Words the text writes in lower case (not a dateline's capitals, which narration.ts marks as no capital).
  // A word opening on a-z needs no Unicode test (most do).
  const lowerCase = (text: string) => { const c = text.charCodeAt(0); return (c >= 97 && c <= 122) || !/^\p{Lu}/u.test(text); };
  for (const it of items) if (it.kind === 'word' && !it.capital && lowerCase(it.text)) lowerWords.add(it.lower);
  const table = new PeopleTable(items, lowerWords, spoken);
  const runs: [number, number][] = [];
  for (let i = 0, nextStep = ITEMS_PER_STEP; i < items.length; i++) {
    if (i >= nextStep) {
      nextStep = i + ITEMS_PER_STEP;
      yield;
    }
    if (!isCapitalised(items[i])) continue;
    const run = table.runAfter(i);
    if (!run) continue;
    runs.push(run);
    i = run[1];
  }
  yield;
  // Full names first, so that a lone surname finds the person it belongs to wherever it stands.
  const full = (r: [number, number]) => parseName(table.runText(r[0], r[1])).core.length > 1;
  // A lone name that reads as a person only further on ("… and Strether had a rueful glance") is one from the start
  // ("that had prompted Strether not to desire …"): lone names are read again once all are known. Not one in the
  // possessive ("he had observed Durbeyfield's name"), an owner no he/she should go back to ahead of the sentence's subject.
  const notYet: [number, number][] = [];
  for (const pass of [true, false, null]) {
    for (const [k, [first, last]] of (pass === null ? notYet : runs).entries()) {
      if (k > 0 && k % RUNS_PER_STEP === 0) yield;
      if (pass !== null && full([first, last]) !== pass) continue;
      if (!table.looksLikePerson(first, last, false)) {
        if (pass === false && !/['’]s?$/u.test(items[last].text)) notYet.push([first, last]);
        continue;
      }
      table.addMention(bornAs(items, table, first, last) ?? table.personFor(first, last), first);
    }
    if (pass === null) break;
    // "Peder and Agnete Holmgren" once the full names are known, so that "Peder" and "Mrs Holmgren" find their own
    // person; "Mr and Mrs Walsh" once the titled surnames are.
    learnCouples(items, table);
    yield;
  }
  for (const firm of organisationsIn(items, table)) table.organisations.add(firm);
  settleFirmNamesakes(items, table);
  learnAgeMentions(items, table);
  learnNamings(items, table);
  learnNamedAs(items, table);
  learnIntroducedRelatives(items, table);
  learnKinNames(table);
  table.learnRoleMentions();
  yield;
  table.learnGenders();
  settleSharedSurnames(items, table);
  learnTitlesAsNames(items, table);
  learnNamesInParts(items, table);
  yield;
  learnAddressees(items, table);
  table.resolvePronouns();
  learnAddressedRelatives(items, table);
  learnAddressedGivenNames(items, table);
  learnNicknames(items, table);
  learnSurnameNicknames(items, table);
  learnClippedNicknames(items, table);
  return table;
}

function resolve(view: ProseView, items: readonly Item[], table: PeopleTable, clause: Clause): Attribution {
  const mention = {
    span: { start: items[clause.first].start, end: items[clause.last].end },
    text: view.original.slice(items[clause.first].start, items[clause.last].end),
  };
  // "“…,” his interpreter said": the words are the one interpreted.
  const interpreted = interpretedOwner(items, clause);
  const voiced = interpreted ? resolve(view, items, table, interpreted).speaker : null;
  if (voiced) return { speaker: voiced, mention, cue: clause.cue };
  // "Radek spoke at length. “…,” the interpreter said": an interpreter no one was named as voices the one the
  // narration was just about.
  const interpretedOne = isBareInterpreter(items, clause) && !personOf(items, table, clause) ? table.antecedent(clause.first, null, null) : null;
  if (interpretedOne && !table.organisations.has(interpretedOne)) return { speaker: interpretedOne.name, mention, cue: clause.cue };
  const described = clause.kind === 'pronoun' ? (describedSubject(view.original, items, table, clause) ?? unnamedRelative(view, items, table, clause) ?? groupBefore(view.original, items, clause.first)) : null;
  if (described) return { speaker: described, mention, cue: clause.cue };
  // "according to two people familiar with the talks. One of the people said": one member of the group described.
  const member = clause.kind === 'phrase' ? memberOfGroup(view.original, items, clause.first, clause.last) : null;
  if (member) return { speaker: member, mention, cue: clause.cue };
  // "A picker at the depot, who …, said …. “…,” the 46-year-old said": someone unnamed, called again.
  const again = clause.kind === 'phrase' ? unnamedAgain(view.original, items, table, clause.first, clause.last) : null;
  if (again) return { speaker: again, mention, cue: clause.cue };
  // "“…,” broke in a thin, elderly gentleman. … “…,” said the thin gentleman": the stranger brought in so.
  const stranger = clause.kind === 'phrase' ? describedSpeakerAgain(view.original, items, clause.first, clause.last) : null;
  if (stranger) return { speaker: withLowerDeterminer(stranger), mention, cue: clause.cue };
  // "“…,” said the prime minister’s official spokesman. … the spokesman said": the description, shortened.
  const shortened = clause.kind === 'phrase' ? roleCalledAgain(items, table, clause.first, clause.last, (c) => resolve(view, items, table, c).speaker) : null;
  if (shortened) return { speaker: shortened, mention, cue: clause.cue };
  // "said a senior diplomat from one of the larger members, …" … "the diplomat said": the description that brought the noun in.
  const introduced = clause.kind === 'phrase' ? introducedSource(view.original, items, table, clause.first, clause.last) : null;
  if (introduced) return { speaker: introduced, mention, cue: clause.cue };
  // "The caretaker was on his knees. “…,” the old man muttered": the stranger the narration has just shown.
  const shown = clause.kind === 'phrase' ? describedAsOther(items, table, clause.first, clause.last, view.original) : null;
  if (shown) return { speaker: shown, mention, cue: clause.cue };
  // "the 83-year-old" is no one the text gave another age.
  const found = personOf(items, table, clause);
  // "the prime minister’s spokesman" is not the prime minister.
  // Nor is a phrase or a he/she the one its own words call ("“…, Abel?” asked the chairman").
  // Nor is a description the one its own words speak of ("“…, the call from Mrs. Farrant,” the analyst said").
  const called = clause.kind !== 'name' && (found === calledByOwnWords(items, table, clause) || (clause.kind === 'phrase' && !!found && spokenOfByOwnWords(view.original, items, table, clause, found)));
  const person = found && !called && !agedOtherwise(items, table, clause.first, clause.last, found) && !(clause.kind === 'phrase' && ownedBy(items, table, clause.first, clause.last, found)) ? found : null;
  if (person) table.addMention(person, clause.first);
  const owner = clause.kind === 'phrase' ? voiceOwner(items, clause) : null;
  // "called a girl's voice": a voice no one named speaks for the phrase of its owner ("a girl").
  // "said an executive at Penwith": someone unnamed is the description in full.
  const unnamed = clause.kind === 'phrase' ? (person ? clause.last : withheldInFull(items, clause.first, clause.last)) : clause.last;
  // A phrase a line break runs through ("the faithful\nattendant") is one speaker however the text was wrapped.
  const written = owner ? view.original.slice(items[owner.first].start, items[owner.last].end).replace(/['’]s$/, '') : view.original.slice(mention.span.start, items[unnamed].end);
  const phrase = written.replace(/\s+/g, ' ');
  const body = clause.kind === 'name' && isJoinedBodyName(items, clause.first, clause.last) ? (items[clause.first - 1]?.lower === 'the' ? 'the ' : '') + phrase : null;
  // "A man in a straw hat leaned out. … “…,” the man said": the stranger as the narration showed him.
  const shownAs = !person && !owner && clause.kind === 'phrase' ? shownStranger(view.original, items, clause.first, clause.last) : null;
  const speaker = person?.name ?? shownAs ?? (clause.kind === 'phrase' ? withLowerDeterminer(phrase) : body);
  return { speaker, mention, cue: clause.cue };
}

/**
 * The person a name a speaker gives as their own is, when the table holds them by a name as full ("Rab Cuthill" is not
 * the "Mrs. Cuthill" the text met before).
 */
function selfNamedPerson(table: PeopleTable, name: string): PersonRecord | null {
  const person = table.personNamed(name);
  return person && person.core.length >= parseName(name).core.length ? person : null;
}

/** The gender of the one a name is: as the text showed it, else by the name's title or its common given name. */
function nameGender(table: PeopleTable, name: string): Gender | null {
  const person = selfNamedPerson(table, name);
  const parsed = parseName(name);
  return (person && table.gender(person)) ?? parsed.gender ?? GIVEN_NAME_GENDER.get(normalizeWord(parsed.core[0] ?? '')) ?? null;
}

/** How many items around a speech clause the quotation it cues may stand (the words before it, the clause, the words after). */
const CLAUSE_QUOTE_REACH = 3;

/** The person the quotation a speech clause cues calls by name ("“I suppose, Quarley,” he said"), if any. */
function calledByOwnWords(items: readonly Item[], table: PeopleTable, clause: Clause): PersonRecord | null {
  const sentence = items[clause.first].sentence;
  const called = table.mentionsWithin(Math.max(0, clause.first - CLAUSE_QUOTE_REACH), clause.last + CLAUSE_QUOTE_REACH)
    .find((m) => m.addressed && items[m.item].kind === 'quote' && items[m.item].sentence === sentence);
  return called?.person ?? null;
}

/** A title and a surname, or a full name, in a quotation's words: someone spoken of ("Mrs. Farrant", "Dana Farrant"). */
const NAME_IN_WORDS = /\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)/g;

/**
 * Whether the quotation a speech clause cues names `person` without calling them: a speaker speaks of others by title
 * or full name ("the 999 call from Mrs. Farrant"), not of themselves.
 */
function spokenOfByOwnWords(original: string, items: readonly Item[], table: PeopleTable, clause: Clause, person: PersonRecord): boolean {
  const sentence = items[clause.first].sentence;
  for (let k = Math.max(0, clause.first - CLAUSE_QUOTE_REACH); k <= clause.last + CLAUSE_QUOTE_REACH && k < items.length; k++) {
    if (items[k].kind !== 'quote' || items[k].sentence !== sentence) continue;
    const words = original.slice(items[k].start, items[k].end);
    if ([...words.matchAll(NAME_IN_WORDS)].some((m) => table.personNamed(m[0]) === person)) return true;
  }
  return false;
}

function personOf(items: readonly Item[], table: PeopleTable, clause: Clause): PersonRecord | null {
  const first = items[clause.first];
  if (clause.kind === 'name') {
    if (isJoinedBodyName(items, clause.first, clause.last)) return null;
    // "Governor says …": a title alone is the one the text gives it.
    const title = titleAlone(items, clause.first, clause.last);
    const holder = title ? holderOfTitle(table, clause.first, title) : null;
    if (holder) return holder;
    // The name is recorded as written (an alias of its person) even when a shared surname went to another bearer.
    const named = table.personFor(clause.first, clause.last);
    return table.bearerAt(clause.first) ?? table.mentionAt(clause.first)?.person ?? named;
  }
  if (clause.kind === 'pronoun') {
    const pronoun = pronounOf(first.lower);
    if (pronoun === 'i') return table.narrator();
    const gender = PRONOUN_GENDER.get(pronoun);
    // A speech cue's he/she names someone the last few sentences mention; a man named long before is more often
    // a stranger's wrong name than the speaker's, so none is sought further back. Nor is it whom its own words call
    // by name ("“I suppose, Quarley,” he said").
    return gender ? (table.mentionAt(clause.first)?.person ?? table.antecedent(clause.first, gender, null, calledByOwnWords(items, table, clause))) : null;
  }
  if (isBodyName(items, clause.first, clause.last)) return null;
  // "replied the latter": the second of the two people the text just named.
  if (first.lower === 'the' && clause.last === clause.first + 1 && /^(?:former|latter)$/.test(items[clause.last].lower)) {
    return formerOrLatter(items, table, clause.first, items[clause.last].lower === 'latter');
  }
  // "One protester, a student who gave her name only as Freya, said": the name the aside gives.
  if (/^(a|an|one|another|some)$/.test(first.lower)) return namedInAside(items, table, clause.last) ?? namedNext(items, table, clause) ?? ledeRoleHolder(items, table, clause.first, clause.last);
  // "the Tessalian minister": the one the text named with that adjective.
  const national = first.lower === 'the' ? holderOfAdjective(items, table, clause.first, clause.last) : null;
  if (national) return national;
  const head = normalizeWord(items[clause.last].lower);
  // "The Midlands Health Authority said … “…,” the authority said": a body's definite phrase is no person named near
  // it (bodies.ts names the body). A court's sides are people's too ("the prosecution said": its counsel).
  if (first.lower === 'the' && ((isDocumentOrBody(head) && !isPersonNoun(head) && !COURT_SIDES.test(head)) || isOpenBodyCompound(items, clause.last))) return null;
  // "the 71-year-old" (or "the 22-year-old striker") after "Rita Moss, 71,": the people table took it for her (see
  // learnAgeMentions).
  const aged = isAgeNoun(items[clause.first + 1]?.lower ?? '') ? table.mentionAt(clause.first) : null;
  if (aged) return aged.person;
  if (head === 'voice') return ownerOfVoice(items, table, clause);
  const gender = roleGender(head);
  const compared = relativeComparedByAge(items, table, clause.first, clause.last, gender);
  if (compared) return compared;
  // "his wife": the spouse of the man the possessive refers to.
  const ownerGender = PRONOUN_GENDER.get(first.lower);
  // "his younger son": of the family, the one the text brought in as younger.
  const family = ownerGender && clause.last === clause.first + 2 && kinNounAfter(items, clause.first) === clause.last ? table.mentionAt(clause.first)?.person : undefined;
  if (family) return relativeCalledByAge(items, table, family, items[clause.first + 1].lower, gender, clause.first);
  if (ownerGender && (KIN.has(head) || tieOf(head)) && clause.last === clause.first + 1) {
    // "“…, Henrietta,” said her sister": the relative of the one the words address, or no one the text named.
    const addressed = relativeOfAddressed(items, table, clause);
    if (addressed !== undefined) return addressed;
    const owner = table.mentionAt(clause.first)?.person ?? table.antecedent(clause.first, ownerGender, null);
    // "His brother, Sam Pike, spoke. “…,” his brother said.": the his is the dead man's, not the one the text has
    // already made the brother.
    if (owner?.roles.has(head)) return owner;
    // "His father put the fork down. When Tom Hale had first come over, …": the one the narration introduced as that
    // relative (kinIntroductions.ts), when the owner has no such relative of their own.
    const elsewhere = () => {
      const p = introducedRelative(table, head);
      return p !== owner ? p : null;
    };
    const introduced = () => table.antecedent(clause.first, gender, head, owner, true) ?? elsewhere();
    return (owner && table.relativeBy(owner, head)) ?? introduced() ?? ((PARENTS.has(head) || SPOUSES.has(head)) && gender ? table.titledBefore(clause.first, gender) : null);
  }
  // "said my brother": the one the narration called "my brother Robert".
  // "“…,” my mother said. … Jean was my mother.": failing one before, the one person the text ever called so.
  if (first.lower === 'my' && clause.last === clause.first + 1) return table.antecedent(clause.first, gender, `my ${head}`, null, true) ?? onlyHolder(table, `my ${head}`);
  if (ownerGender || first.lower === 'my') return null;
  // "the Russian president": a person known by that role, else the nearest one who fits it; "the man", "the girl"
  // say too little to pick anyone the text has not called so.
  const role = roleKeys(items.slice(clause.first, clause.last + 1).map((it) => it.lower)).pop() ?? head;
  // "the gaffer" for the manager, "the lawyer" for the barrister: a role's other name when no one holds it as written.
  const holder = holderOfModifiedRole(items, table, clause.first, clause.last, gender, role) ?? table.antecedent(clause.first, gender, role, null, true) ?? sameRole(role).reduce<PersonRecord | null>((p, r) => p ?? table.antecedent(clause.first, gender, r, null, true), null) ??
    (clause.last === clause.first + 1 && first.lower === 'the' && !GENERIC_PERSON_NOUNS.has(head) ? titledBy(items, table, clause.first, head) : null);
  // "the Rovers manager" is not the one the text made "Castleford manager".
  // "“…?” Brekke asked. “…,” the chief executive replied": the one answering a question is not its asker.
  const asker = first.lower === 'the' ? askerBefore(items, table, clause.first) : null;
  const known = holder && holder !== asker && !heldForAnotherSide(items, table, clause.first, clause.last, holder) ? holder : null;
  // "Priya Nair … was more enthusiastic. “…,” the analyst said": the one the text has just turned to, over an earlier
  // holder of the role; a capitalised modifier ("the Rovers manager") picks its holder by that.
  const plain = first.lower === 'the' && !items.slice(clause.first + 1, clause.last + 1).some((it) => it.capital);
  // "Kyle Barraclough, 41, pleaded guilty …. ‘…the defendant told officers, “…”’": the one the text made that party.
  const party = first.lower === 'the' && clause.last === clause.first + 1 ? courtParty(items, table, clause.first, head) : null;
  if (party) return party;
  const active = known && plain ? activeSubject(items, table, clause.first, gender, known) : null;
  if (active) return active;
  // "the union official": the one the text brought in as the union's.
  const staff = known ? null : staffOfBody(items, table, clause.first, clause.last);
  if (staff) return staff;
  // "the mother" of a family the text titles (Mrs. Morel).
  if (!known && PARENTS.has(head) && gender && first.lower === 'the' && clause.last === clause.first + 1) return table.titledBefore(clause.first, gender);
  // "… in a ceremony that the country’s culture minister called “…”": the one holder the story names further down.
  const next = !known ? (namedNext(items, table, clause) ?? (/^(?:the|its|their)$/.test(first.lower) || inHeading(items, clause.first) ? ledeRoleHolder(items, table, clause.first, clause.last) : null)) : null;
  if (next) return next;
  // "Mensah said he had felt contact. “…,” the forward said": a role no one was given, for the one just named.
  const appointee = !known ? newAppointee(items, table, clause.first, clause.last) : null;
  if (appointee) return appointee;
  // "“…?” Mr Reyes asked. ¶ “…,” the witness replied": the one the asker was answering, not the asker named last.
  const answering = !known && first.lower === 'the' ? answererOf(items, table, clause.first) : null;
  if (answering) return answering;
  const again = !known && first.lower === 'the' && !KIN.has(head) ? describedAgain(items, table, clause.first, clause.last, gender, true) : null;
  if (again && again !== asker) return again;
  // "The study was led by Mia Lund, a marine biologist. “…,” the researcher said.": a role no one was given in those
  // words, right after a sentence naming one person (of its gender, if it has one), is theirs when the text gave them
  // a role in other words; someone given none ("Goran Ilic scored. “…,” said the keeper") is not the role's holder.
  const named = !known && first.lower === 'the' && isDescribingRole(head) ? onlyOneNamedJustBefore(items, table, clause.first, gender) : null;
  if (named && named.roles.size > 0 && !describedApart(items, table, head, named)) return named;
  const principal = !known && first.lower === 'the' && clause.last === clause.first + 1 && isDescribingRole(head) ? principalOfRole(items, table, clause.first, gender) : null;
  if (principal) return principal;
  if (known) return known;
  // "Sir Edric of Thornwick …. “…,” said the knight": a calling no one was given, for the last one the text titled
  // so, after the salient one of its gender ("the clergyman" among two, one a Reverend, is the one the scene is about).
  const titled = first.lower === 'the' ? titlesOfCalling(role).reduce<PersonRecord | null>((p, r) => p ?? table.antecedent(clause.first, gender, r, null, true), null) : null;
  if (!gender || !/^(the|this|that)$/.test(first.lower)) return titled;
  // "the worthy woman concluded", "the clergyman said": a described or gendered role phrase no one was given refers,
  // like a he/she, to the salient person the text has shown to be of its gender. A bare "the man" often brings in
  // someone new, and stays a phrase.
  // A girl, a lady, a boy is someone when the sentence of narration just before names one person of that gender
  // ("beckoned by Lucy. "…," said the girl"); a bare man or woman, the plainest words for a stranger, stays a phrase.
  if (clause.last === clause.first + 1 && GENERIC_PERSON_NOUNS.has(head)) {
    return head === 'man' || head === 'woman' ? null : onlyOneNamedJustBefore(items, table, clause.first, gender);
  }
  // "the prime minister’s spokesman" is brought in by that tie, not the salient man.
  if (heldAsAnothers(items, clause.first, clause.last)) return titled;
  const salient = table.antecedent(clause.first, gender, null);
  // Not one the narration shows beside the description as someone else ("The clergyman … looked at Mr. Pinhorn").
  return salient && table.gender(salient) === gender && !describedApart(items, table, head, salient) ? salient : titled;
}

/** The one person the text gave `role`, if only one. */
function onlyHolder(table: PeopleTable, role: string): PersonRecord | null {
  const holders = table.persons.filter((p) => p.roles.has(role));
  return holders.length === 1 ? holders[0] : null;
}

/**
 * "Storm center Tomasz Zielinski … “…,” the center said": a noun the lexicon knows as no role (or as a body, "the
 * center") is a person's calling when the text wrote it, in lower case, as the title before their name; the last so
 * titled before item `at`.
 */
function titledBy(items: readonly Item[], table: PeopleTable, at: number, noun: string): PersonRecord | null {
  const uses = titlingUses(items, noun);
  for (let i = lastBefore(uses, at); i >= 0; i--) {
    const person = table.mentionAt(uses[i] + 1)?.person;
    if (person && !table.organisations.has(person)) return person;
  }
  return null;
}

const titling = new WeakMap<readonly Item[], Map<string, number[]>>();

/**
 * The uses of `noun` that can title a name: in lower case, before a capitalised word of their sentence. Found once a
 * text and noun, so a text of thousands of "the captain said" walks none of its own tags.
 */
function titlingUses(items: readonly Item[], noun: string): number[] {
  let byNoun = titling.get(items);
  if (!byNoun) titling.set(items, (byNoun = new Map()));
  let uses = byNoun.get(noun);
  if (!uses) {
    const titles = (k: number) => !items[k].capital && isWord(items[k + 1]) && items[k + 1].capital && items[k + 1].sentence === items[k].sentence;
    byNoun.set(noun, (uses = (wordPositions(items).get(noun) ?? []).filter(titles)));
  }
  return uses;
}

/** The person (not `exclude`) the text gave `role`, or one of its other names ("the gaffer" for the manager), before item `at`. */
function holderOfRole(table: PeopleTable, at: number, role: string, exclude: PersonRecord | null): PersonRecord | null {
  if ((!isRoleNoun(role) && sameRole(role).length === 0) || GENERIC_PERSON_NOUNS.has(role) || KIN.has(role)) return null;
  const gender = roleGender(role);
  return [role, ...sameRole(role)].reduce<PersonRecord | null>((p, r) => p ?? table.antecedent(at, gender, r, exclude, true), null);
}

/**
 * "“…,” said the booth's cashier. Marta Novak, who …, said": the person the next sentence names, if it names the one
 * described, and reports their speech (one named so but not speaking, "Luka Petrovic, 34, was sentenced", is another).
 */
function namedNext(items: readonly Item[], table: PeopleTable, clause: Clause): PersonRecord | null {
  // "A police officer, who asked not to be named, said …": a source the text will not name is no one it names next.
  if (withholdsName(items, clause.last + 1)) return null;
  const named = namedInNextSentence(items, clause.last);
  return (named && reportsSpeech(items, named.first) && table.mentionAt(named.first)?.person) || null;
}

/**
 * "The surgeon leaned over the body. “…,” he said.": a he/she cue after a sentence of its paragraph that opens on a
 * description no one named holds, with no one of its gender named since, is that description's.
 */
function describedSubject(original: string, items: readonly Item[], table: PeopleTable, clause: Clause): string | null {
  const gender = PRONOUN_GENDER.get(items[clause.first].lower);
  if (!gender || !/^(he|she)$/.test(items[clause.first].lower)) return null;
  const described = describedSubjectBefore(items, clause.first, gender, original);
  if (!described || heldRole(table, described)) return null;
  const namedSince = table.mentionsWithin(described.item, clause.first - 1)
    .some((m) => !PRONOUN_GENDER.has(items[m.item].lower) && (table.gender(m.person) ?? gender) === gender);
  if (namedSince) return null;
  // "“…,” Pryce said. The researcher said his team … He said": news's fresh description of the one just quoted.
  const again = describedAgain(items, table, described.item, described.last, gender);
  if (again) table.addMention(again, clause.first);
  // "That was the view of a banker in Tiras. The banker said … “…,” he said": the newcomer the description calls again.
  return again?.name ?? unnamedAgain(original, items, table, described.item, described.last) ?? described.text;
}

/** "His daughter was less forgiving. “…,” she said.": a he/she cue after a relative the text never names. */
function unnamedRelative(view: ProseView, items: readonly Item[], table: PeopleTable, clause: Clause): string | null {
  const gender = PRONOUN_GENDER.get(items[clause.first].lower);
  return gender && /^(he|she)$/.test(items[clause.first].lower) ? unnamedRelativeBefore(items, table, clause.first, gender, view.original) : null;
}

/** How many items back the sentence before a clause is sought (a sentence may hold thousands of quotations). */
const SENTENCE_REACH = 80;

/** The one person of `gender` the narration sentence before item `at`'s sentence names (not by he or she), if only one. */
function onlyOneNamedJustBefore(items: readonly Item[], table: PeopleTable, at: number, gender: Gender | null): PersonRecord | null {
  const sentence = items[at].sentence;
  let start = at;
  while (start > 0 && at - start < SENTENCE_REACH && items[start - 1].sentence === sentence) start--;
  const end = start - 1;
  if (end < 0 || items[start].sentence !== sentence) return null;
  let first = end;
  while (first > 0 && end - first < SENTENCE_REACH && items[first - 1].sentence === items[end].sentence) first--;
  // A sentence of dialogue names whoever spoke or was spoken to, not the one a phrase brings in; a term it quotes
  // ("what officials described as a ‘final offer’") makes it no dialogue.
  for (let i = first; i <= end; i++) if (items[i].kind === 'quote' && !(embedded(items, i) && isTerm(items[i].text))) return null;
  let only: PersonRecord | null = null;
  for (const m of table.mentionsWithin(first, end)) {
    // A body named there ("Liberal Democrat councillor Owen Grant") is no one a role phrase can mean.
    if (PRONOUN_GENDER.has(items[m.item].lower) || m.addressed || (gender !== null && table.gender(m.person) !== gender) || table.organisations.has(m.person) || isOpponent(items, m.item)) continue;
    if (only && only !== m.person) return null;
    only = m.person;
  }
  return only;
}

/** "cried the voice of John Reed", "interrupted his mother's voice": a voice speaks for its owner. */
function ownerOfVoice(items: readonly Item[], table: PeopleTable, clause: Clause): PersonRecord | null {
  const owner = voiceOwner(items, clause);
  return owner ? personOf(items, table, owner) : null;
}

/** The owner phrase of a voice phrase: "John Reed" of "the voice of John Reed", "his mother's" of "his mother's voice". */
function voiceOwner(items: readonly Item[], clause: Clause): Clause | null {
  if (normalizeWord(items[clause.last].lower) !== 'voice') return null;
  const owner = items[clause.last + 1]?.lower === 'of' ? phraseAfter(items, clause.last + 2) : null;
  if (owner) return owner;
  // "replied another voice, which Margaret knew to be that of Mrs. Gibson": the voice is named later in its sentence.
  for (let i = clause.last + 2; i + 2 < items.length && i <= clause.last + 16 && items[i].sentence === items[clause.last].sentence; i++) {
    if (items[i].lower !== 'that' || items[i + 1].lower !== 'of') continue;
    const named = phraseAfter(items, i + 2);
    if (named?.kind === 'name') return named;
  }
  const possessive = clause.last - 1 > clause.first && /['’]s$/.test(items[clause.last - 1].lower);
  return possessive ? { ...clause, last: clause.last - 1 } : voiceSeenAs(items, clause.last) ?? voiceNamedAfter(items, clause.last);
}

/**
 * Quotations with no clause of their own: the other part of a split quotation, a paragraph continuing a quotation,
 * a paragraph whose narration names its speaker, and dialogue turns that alternate between two speakers.
 */
function* fillFromContext(
  original: string, items: readonly Item[], quoteItems: readonly number[], quotations: readonly Quotation[], attributions: Attribution[],
  table: PeopleTable, clauses: ReadonlyMap<number, Clause>,
): Steps<void> {
  const at = (qi: number) => attributions[items[qi].quote];
  const bounds = paragraphBounds(items);
  const byParagraph = new Map<number, number[]>();
  for (const qi of quoteItems) {
    const list = byParagraph.get(items[qi].paragraph);
    if (list) list.push(qi);
    else byParagraph.set(items[qi].paragraph, [qi]);
  }
  // A quotation's sibling is the last one before it in its paragraph that has a speaker, or failing that the first
  // one after it that has one; both are carried along, so a paragraph of thousands of quotations stays linear.
  const nextSpoken = new Map<number, number>();
  for (let k = quoteItems.length - 1, after: number | undefined; k >= 0; k--) {
    const qi = quoteItems[k];
    if (after !== undefined && items[after].paragraph !== items[qi].paragraph) after = undefined;
    if (after !== undefined) nextSpoken.set(qi, after);
    if (at(qi).speaker) after = qi;
  }
  const subjects = new SubjectScans(items, table);
  const startOfSentence = sentenceStarts(items);
  let lastSpoken: number | undefined;
  for (const [k, qi] of quoteItems.entries()) {
    const previous = quoteItems[k - 1];
    if (previous !== undefined && at(previous).speaker) lastSpoken = previous;
    if (lastSpoken !== undefined && items[lastSpoken].paragraph !== items[qi].paragraph) lastSpoken = undefined;
    if (k > 0 && k % CLAUSES_PER_STEP === 0) yield;
    if (at(qi).speaker) continue;
    const inNarration = embedded(items, qi);
    // "As Madame Nilsson's “M'ama!” thrilled out": words a person is said to own are theirs, however short.
    const owner = inNarration ? possessiveBefore(items, table, qi) : null;
    if (owner) {
      attributions[items[qi].quote] = narrated(original, items, owner);
      continue;
    }
    if (inNarration && isTerm(items[qi].text)) continue;
    const paragraph = items[qi].paragraph;
    const previousInParagraph = previous !== undefined && items[previous].paragraph === paragraph ? previous : undefined;
    // "The kidnapper undid the bloody wrappings. “If I don't …”": a description no one holds opening the sentence that
    // leads into the quotation is its speaker, as a name there would be; so is one describing someone named ("Asked …,
    // the Brennock manager did not hesitate. “…”").
    const lead = (read: typeof leadingDescription) => read(original, items, table, previousInParagraph, bounds.get(paragraph)![0], clauses, qi);
    const describedLead = inNarration || clauses.has(qi) ? null : lead(leadingDescription) ?? lead(describedLeader);
    if (describedLead) {
      attributions[items[qi].quote] = describedLead;
      continue;
    }
    const led = inNarration || clauses.has(qi) ? null : ledByOwnSentences(items, table, previousInParagraph, bounds.get(paragraph)![0], clauses, qi);
    if (led) {
      attributions[items[qi].quote] = ledBy(original, items, table, led);
      continue;
    }
    // `Achterhof put it to her that she was "…". "…," Voss said`: words a sentence of narration carries are its named
    // subject's, not the next speaker's.
    const subject = inNarration && lastSpoken === undefined ? subjects.first([startOfSentence(qi, bounds.get(paragraph)![0]), qi], true) : null;
    if (subject && !PRONOUN_GENDER.has(items[subject.item].lower) && !table.organisations.has(subject.person)) {
      attributions[items[qi].quote] = narrated(original, items, subject);
      continue;
    }
    const sibling = lastSpoken ?? nextSpoken.get(qi);
    if (sibling !== undefined) {
      // Only the speaker is borrowed: a quotation's own clause ("…,” she said) stays its mention, so a fix renames
      // that clause and never the clause of the sibling it borrowed from.
      const own = at(qi);
      attributions[items[qi].quote] = own.mention ? { ...at(sibling), mention: own.mention, cue: own.cue } : at(sibling);
      continue;
    }
    // A quotation with a clause of its own ("…,” she said) does not continue an unclosed one before it.
    const continues = previous !== undefined && items[previous].paragraph === paragraph - 1 && quotations[items[previous].quote].closeMark === null;
    if (continues && !at(qi).mention) {
      attributions[items[qi].quote] = at(previous);
      continue;
    }
    const [from, to] = bounds.get(paragraph)!;
    const newcomer = !inNarration && !clauses.has(qi) && qi === from ? newcomerAfter(original, items, qi) : null;
    if (newcomer) {
      attributions[items[qi].quote] = newcomer;
      continue;
    }
    // A quotation inside a sentence speaks for that sentence's subject, one standing alone for the paragraph's.
    const named = subjects.first(inNarration ? [startOfSentence(qi, from), qi] : [from, to], inNarration);
    // `"…," he said, and she noticed`: a quotation with its own he/she cue is never the narration's other person.
    const clause = clauses.get(qi);
    const cueGender = clause?.kind === 'pronoun' ? PRONOUN_GENDER.get(items[clause.first].lower) : undefined;
    // "Yes, Beatrice." (Such a quaint name for his mother.): the narration names whom the quotation addresses.
    const addressed = named && vocativesIn(items[qi].text).some((v) => samePerson(v, named.person.name));
    // "“Quite right,” said the clergyman." then "“Oh, how glad I am!” Mr. Beebe bowed.": narration after a turn that
    // names the one who spoke the turn before is their reaction to it, not its speaker's; so is one that speaks of
    // someone of the other gender ("“You won't see her any more.” Philip did not know what she meant.").
    // Narration reporting more of its subject's speech ("“…” Doyle, who led the raid, said officers had found …")
    // goes on with their words, as news does.
    const trailing = !!named && !clause && qi === from && named.item > qi && !reportsSpeech(items, named.item);
    const reaction = trailing && ((previous !== undefined && items[previous].paragraph === paragraph - 1 && at(previous).speaker === named!.person.name) ||
      otherGenderIn(items, named!.item, table.gender(named!.person)));
    if (named && !addressed && !reaction && (!clause || (cueGender && table.gender(named.person) === cueGender))) {
      attributions[items[qi].quote] = clause ? narrated(original, items, named) : ledBy(original, items, table, named);
      continue;
    }
  }
  yield;
  // "The sundial, which bore the motto “I count only the sunny hours,” stood between them": a paragraph whose
  // quotations are only words inside its sentences, with no speech clause, is narration to a conversation, not a turn.
  for (const [paragraph, qis] of byParagraph) if (qis.every((qi) => embedded(items, qi) && !clauses.has(qi))) byParagraph.delete(paragraph);
  // Names speech clauses give speakers ("said Good"): a name that is also a common word may be called by it.
  const cueNames = new Set([...clauses.values()].filter((c) => c.kind === 'name').map((c) => original.slice(items[c.first].start, items[c.last].end)));
  // The names a turn calls are in its own words, not in words it quotes someone else as saying (quotedWithin.ts).
  const quoted = quotedWithin(quotations);
  const genderOfCalled = (name: string): Gender | null => {
    const p = table.personNamed(name);
    return p ? table.gender(p) : GIVEN_NAME_GENDER.get(normalizeWord(name.split(/\s+/)[0])) ?? null;
  };
  const spoken = (qi: number) => quoted.ownWords(items[qi].quote, items[qi].text);
  const rawByParagraph = new Map([...byParagraph].map(([paragraph, qis]) => [paragraph, qis.flatMap((qi) => vocativesIn(spoken(qi)))]));
  const vocativeCounts = new Map<string, number>();
  for (const vs of rawByParagraph.values()) for (const v of vs) vocativeCounts.set(v, (vocativeCounts.get(v) ?? 0) + 1);
  // Words the narration capitalises inside its sentences: names, whether or not the people table made them persons
  // ("whom Nell knew for the younger Kincaid, Lyle").
  const namesInNarration = new Set<string>();
  for (let i = 1; i < items.length; i++) if (items[i].kind === 'word' && items[i].capital && items[i - 1].sentence === items[i].sentence) namesInNarration.add(items[i].text);
  // A name the narration never uses as a person's may still be one when it is titled, a common given name, one the
  // narration writes within its sentences, or said to someone more than once ("Lizzy", "Uncle John").
  // "Please, Dad.": a word for a relative said alone is a call, no name (roleVocatives reads whom it calls).
  const plausibleName = (v: string) => !isKinCall(v) && (parseName(v).titles.length > 0 || GIVEN_NAME_GENDER.has(normalizeWord(v.split(/\s+/)[0])) ||
    v.split(/\s+/).every((w) => namesInNarration.has(w)) || vocativeCounts.get(v)! > 1);
  // "Uncle, you look tired": a kin title said alone addresses the one person the text calls by it with a name ("Uncle John").
  const byKin = new Map<string, Set<string>>();
  for (const v of vocativeCounts.keys()) {
    const title = /^(\p{L}+)\s/u.exec(v)?.[1].toLowerCase();
    if (title && KIN_TITLE.test(title)) byKin.set(title, (byKin.get(title) ?? new Set()).add(v.replace(/\s+/g, ' ')));
  }
  const kinNamed = (words: string) => {
    const kin = KIN_VOCATIVE.exec(words)?.[1].toLowerCase();
    const names = kin ? byKin.get(kin) : undefined;
    return names?.size === 1 ? [...names] : [];
  };
  // The paragraphs of narration just before a turn, back to the last turn and a few paragraphs at most.
  const sceneBefore = (paragraph: number): [number, number][] => {
    const ranges: [number, number][] = [];
    for (let p = paragraph - 1; p >= paragraph - SCENE_REACH && bounds.has(p); p--) {
      const quotes = byParagraph.get(p);
      if (quotes && quotes[0] === bounds.get(p)![0]) break;
      ranges.unshift(bounds.get(p)!);
      if (quotes) break;
    }
    return ranges;
  };
  const openingDescriptions = sentenceOpeningDescriptions(items);
  // Paragraphs whose speaker gives their own name, as a speech clause would name them.
  const namesGiven = new Set<number>();
  // Each name a speaker gave as their own, with the paragraph that last gave it.
  const ownNames = new Map<string, number>();
  // The relatives the narration calls "my aunt", "my father": one calling them so is the narrator.
  const narratorTies = narratorsTies(items);
  // The names the turns so far have called people by that no one in the narration bears.
  const calledBefore: string[] = [];
  const firstPerson = toldInFirstPerson(items);
  // The names uncued turns' words give their speakers ("I’m Mae."), by paragraph.
  const statedNames = new Map<number, string>();
  const narratorIfFirstPerson = () => (firstPerson ? table.narrator().name : null);
  // News gives every turn its clause; it runs one speaker's words on rather than alternating speakers.
  const cuesTurns = cuesItsTurns(items, quoteItems, attributions);
  // A report cues every turn of its own (a story leaves a reply or two bare).
  const cuesEvery = cuesEveryTurn(items, quoteItems, attributions);
  const turns = [...byParagraph].map(([paragraph, qis]): Turn => {
    const opensWithQuote = bounds.get(paragraph)![0] === qis[0];
    // "What name?" "Greyson,--office on second floor.": a name opening the answer to a question for one is the
    // speaker's own, not whom the answer addresses.
    const asked = opensWithQuote && byParagraph.get(paragraph - 1)?.some((qi) => NAME_QUESTION.test(items[qi].text));
    // So is one the speaker introduces as the hearer's ("Mr. Lockwood, your new tenant, sir.").
    const opening = items[qis[0]].text.trimStart();
    // So is one given so just before and said again ("Pip, sir." "Once more," said the man. "Pip. Pip, sir.").
    const again = (v: string) => opensWithQuote && (ownNames.get(v) ?? -Infinity) >= paragraph - REPEAT_REACH;
    const ownName = rawByParagraph.get(paragraph)!.find((v) => opening.startsWith(v) && (asked || again(v) || SELF_INTRODUCED.test(opening.slice(v.length))));
    if (ownName) {
      namesGiven.add(paragraph);
      ownNames.set(ownName, paragraph);
    }
    // "By who?" "Mr. Adeyemi. He said he'd call.": a name opening the answer to a question for a person is whom the
    // answer is about, neither the speaker's own nor whom it addresses.
    const previousQuotes = byParagraph.get(paragraph - 1);
    // The last words of the paragraph before, when this turn opens on its quotation: what it may answer.
    const lastHeard = opensWithQuote ? previousQuotes?.[previousQuotes.length - 1] : undefined;
    const askedWho = lastHeard !== undefined && WHO_QUESTION.test(items[lastHeard].text);
    const answerName = askedWho && !ownName ? rawByParagraph.get(paragraph)!.find((v) => opening.startsWith(v)) : undefined;
    // Lucy's "Charlotte, you mustn't…" then "…," said Miss Bartlett: the turn is Miss Bartlett's, and the names it
    // addresses are those of her quotations (or of ones no one was credited with), not of another speaker's.
    const cuedSpeaker = qis.filter((qi) => clauses.has(qi)).map(at).find((a) => a.speaker)?.speaker;
    const ownWords = cuedSpeaker ? qis.filter((qi) => !at(qi).speaker || at(qi).speaker === cuedSpeaker) : qis;
    // "“Who?” said I." "“Father Flynn.”": a name that is the whole answer to a question names whom it is about.
    const questioned = lastHeard !== undefined && /\?\W*$/u.test(items[lastHeard].text);
    const echoed = (v: string) => lastHeard !== undefined && echoesName(items[qis[0]].text, previousQuotes!.map((qi) => items[qi].text), v);
    const answer = (v: string) => v === answerName || (questioned && qis.length === 1 && items[qis[0]].text.replace(/[\s.!?,]+$/u, '').trim() === v) || echoed(v);
    const raw = (ownWords.length === qis.length ? rawByParagraph.get(paragraph)! : ownWords.flatMap((qi) => vocativesIn(spoken(qi)))).filter((v) => v !== ownName && !answer(v));
    // "Shut up, Good!": also a common word a speech clause names someone by ("said Good"); kept out of `raw`, which
    // names the narrator, since a speaker called by it is someone else. Kept in the order said: the first name a turn
    // calls is whom it answers ("‘Shut up, Good!’ … ‘And now, Quatermain, …’").
    const called = ownWords.flatMap((qi) => vocativesIn(spoken(qi), cueNames)).filter((v) => v !== ownName && !answer(v));
    const named = [...new Set([...called, ...raw])].map((v) => table.personNamed(v)?.name ?? (plausibleName(v) ? v : null)).filter((n): n is string => !!n);
    // "‘Hannah Pim, you’ll hold your tongue.’" … "‘Hannah.’": a name that is all the words say, of one the text knows
    // only as turns call them, is the one called by a fuller name before.
    const calledAlone = (v: string, qi: number) => items[qi].text.replace(/[\s.!?]+$/u, '').trim() === v ? [...calledBefore].reverse().find((c) => c !== v && samePerson(c, v)) : undefined;
    const turnedTo = ownWords.flatMap((qi) => namesTurnedTo(items[qi].text, questioned && qi === qis[0]).map((v) => table.personNamed(v)?.name ?? calledAlone(v, qi)));
    for (const n of [...turnedTo, ...ownWords.flatMap((qi) => addressedByRole(items[qi].text, qi, table, cuedSpeaker ? table.personNamed(cuedSpeaker) : null))]) if (n && !named.includes(n)) named.push(n);
    if (named.length === 0) named.push(...byParagraph.get(paragraph)!.flatMap((qi) => kinNamed(items[qi].text)));
    for (const n of named) if (!table.personNamed(n)) calledBefore.push(n);
    const before = byParagraph.has(paragraph - 1) ? undefined : bounds.get(paragraph - 1);
    // The narration ending the paragraph before leads into this turn, also after that paragraph's own quotation once
    // a sentence of its own follows it ("…," said Ogden. Mr. Pett grunted. Ogden took more candy.).
    const previous = bounds.get(paragraph - 1);
    const trailing = previousQuotes && previous && items[previous[1]].sentence > items[previousQuotes[previousQuotes.length - 1]].sentence;
    const subject = lastSentenceSubject(original, items, table, before ?? (trailing ? previous : undefined));
    const leading = before ?? (trailing ? previous : undefined);
    const reported = leading ? reportedSpeaker(items, table, leading) : null;
    const waiting = subject && before && endsWaiting(items, before) ? subject : null;
    const lead = waiting ? null : subject;
    const paused = before ? pauseIn(items, table, before) : null;
    const sceneShift = opensSceneShift(items, (before ?? bounds.get(paragraph)!)[0]);
    // Those the narration names: a he/she there may have been read to the wrong one of them.
    const peopleIn = (ranges: [number, number][]) => ranges.flatMap(([first, last]) => table.mentionsWithin(first, last))
      .filter((m) => !/^(he|she)$/.test(items[m.item].lower)).map((m) => m.person.name);
    const present = peopleIn(before ? [before] : []);
    // "She didn't look up when I came in.": a first-person narration's "I" is there too, whether or not a clause has
    // yet given them words.
    if (before && tellsInFirstPerson(items, before) && !present.includes(table.narrator().name)) present.unshift(table.narrator().name);
    const scene = peopleIn(sceneBefore(paragraph));
    const referred = before ? [...new Set(table.mentionsWithin(before[0], before[1]).map((m) => m.person.name))] : [];
    // A quotation with a speech clause of its own speaks for the turn before one whose speaker the narration only
    // implies ("he would think, "…"" then "…," she said), and before a title of a word or two a sentence of narration
    // quotes ("hear Fay Templeton sing "See-Saw."").
    // The agent of a passive verb speaks only the words it reports, not the turn ("… said she had been told by a
    // manager that it was “being looked into”. “…,” she said").
    const turnClause = (qi: number) => clauses.has(qi) && !clauses.get(qi)!.passive;
    const cued = qis.filter((qi) => turnClause(qi) && !(embedded(items, qi) && isTerm(items[qi].text))).map(at).find((a) => a.speaker) ?? qis.filter((qi) => !clauses.get(qi)?.passive).map(at).find((a) => a.speaker);
    // The turn's he/she cue, resolved or not: whoever the conversation makes the speaker must have its gender.
    const pronounClause = qis.map((qi) => clauses.get(qi)).find((c) => c?.kind === 'pronoun' && PRONOUN_GENDER.has(items[c.first].lower));
    const pronoun = pronounClause ? PRONOUN_GENDER.get(items[pronounClause.first].lower)! : null;
    // "Tam keeps saying, ‘It’s only a handshake, Idris.’": the name words said to the speaker call is theirs.
    const calledByOthers = qis.flatMap((qi) => quoted.callsToSpeaker(items[qi].quote, items[qi].text)).map((v) => table.personNamed(v)?.name ?? (plausibleName(v) ? v : null)).find((n) => !!n);
    // It settles a he/she cue of that person's gender ("“And she said to me, ‘Oh, Linda, …’” She laid both hands flat.").
    const cuedGender = cued?.mention ? PRONOUN_GENDER.get(cued.mention.text.toLowerCase()) : undefined;
    const calledFits = !!calledByOthers && (!cued?.speaker || (!!cuedGender && (genderOfCalled(calledByOthers) ?? cuedGender) === cuedGender));
    const speaker = (calledFits && !ownName ? calledByOthers : null) ?? cued?.speaker ?? (ownName ? table.personNamed(ownName)?.name ?? ownName : null);
    // "Don’t just stand there, June, hold the door." ¶ "I’m Mae.": an uncued turn whose own words say who its speaker
    // is ("I’m …", "My name is …") is theirs, whoever the conversation makes it.
    const stated = speaker || qis.some((qi) => clauses.has(qi)) ? null : ownWords.map((qi) => nameStatedAsOwn(spoken(qi), (n) => !!table.personNamed(n))).find((n) => !!n && !/['’]s$/u.test(n));
    if (stated) statedNames.set(paragraph, table.personNamed(stated)?.name ?? stated);
    // "Curtis glared at Florence. "…" he muttered": a he/she whose antecedent is named in its own paragraph, or in
    // the narration paragraph just before, is settled.
    const from = pronounClause ? Math.min((before ?? bounds.get(paragraph)!)[0], bounds.get(items[pronounClause.first].paragraph)![0]) : 0;
    const namedIn = (first: number, last: number) => table.mentionsWithin(first, last)
      .some((m) => m.person.name === speaker && !PRONOUN_GENDER.has(items[m.item].lower));
    // So is one the narration after the previous turn's quotation and its clause names ("…," said Mr. Bennet, and he
    // left the room, tired of the raptures of his wife.).
    const lastQuote = previousQuotes?.[previousQuotes.length - 1];
    const afterClause = lastQuote === undefined ? 0 : Math.max(lastQuote, clauses.get(lastQuote)?.last ?? 0) + 1;
    // So is one whose verb goes on from the turn before ("…!" exclaimed Mr. Pontellier. … "…," he added.) when that
    // turn's speaker is its antecedent.
    // So is one after a turn of that speaker whose narration goes on with a he/she of the cue's gender ("…," said
    // Priya Raman. She added that … / "…," she said.).
    const goesOn = !!pronounClause && lastQuote !== undefined && at(lastQuote).speaker === speaker &&
      (CONTINUING.test(pronounClause.cue) || (!!previous && pronounOpeningNextSentence(items, afterClause - 1, previous[1]) === pronoun));
    // "He declined to discuss pricing, saying only that …“responsible”": a he/she opening the sentence of narration
    // that carries its quotation is that sentence's subject, as the narration read it; such words are no turn.
    // So is a he/she set between commas inside a sentence of narration whose subject is a he/she of its gender ("She
    // has a daughter and has started, she says, “doing the sums”"): the parenthetical reports that subject.
    const carried = !!pronounClause && qis.some((qi) => clauses.get(qi) === pronounClause && pronounClause.first < qi && items[pronounClause.first].sentence === items[qi].sentence &&
      ((embedded(items, qi) && items[pronounClause.first - 1]?.sentence !== items[qi].sentence) || subjectOfParenthetical(items, table, pronounClause.first) === speaker));
    // In news, so is one the narration named in the last two paragraphs when a paragraph of narration alone leads into
    // the turn ("Halyna Borsuk … “…,” Borsuk asks. ¶ The soldiers bring the women bread. The pensioner speaks of them
    // … ¶ “…,” she says"): the turn answers no one, and news runs on with whom it was about, whoever speaks next.
    const recently = bounds.get(paragraph - 2)?.[0] ?? before?.[0];
    const newsNamed = cuesTurns && !!pronounClause && !!before && recently !== undefined && namedIn(recently, pronounClause.first - 1);
    // In a report cueing every turn, so is one the people table read as the subject of the sentence just before ("The
    // Rovers boss also revealed that …. “…,” he joked"): centring settles it as a name there would.
    const centred = cuesEvery && !!pronounClause && table.centred.has(pronounClause.first) && table.mentionAt(pronounClause.first)?.person.name === speaker;
    const anchored = !!pronounClause && !!speaker && (goesOn || carried || newsNamed || centred || (calledFits && speaker === calledByOthers) || namedIn(from, pronounClause.first - 1) ||
      goesOnAcross(items, pronounClause, pronoun, previousQuotes ? undefined : previous, byParagraph.get(paragraph - 2), speaker, at) ||
      (lastQuote !== undefined && !!previous && afterClause <= previous[1] && namedIn(afterClause, previous[1])) ||
      // Or, after a clause that named them, refers to them at all ("That admission came from the vice-chancellor
      // herself, who said …" then "“…,” she said").
      (lastQuote !== undefined && !!previous && afterClause <= previous[1] && at(lastQuote).speaker === speaker && (clauses.get(lastQuote)?.kind ?? 'pronoun') !== 'pronoun' &&
        table.mentionsWithin(afterClause, previous[1]).some((m) => m.person.name === speaker)) ||
      // So is one the paragraph before names in narration that quotes only phrases ("Captain Neil Sorensen told the
      // court he had done it “thousands of times.”" then "“…,” he said"): that paragraph is no turn of a conversation.
      (!!previousQuotes && !!previous && previousQuotes.every((qi) => quotedInSentence(items, qi)) && namedIn(previous[0], previous[1])));
    const phraseClause = qis.map((qi) => clauses.get(qi)).find((c) => c?.kind === 'phrase');
    // A document's or a body's phrase ("the health inspectorate said") is no person for the conversation to reread.
    // Nor is a stranger's description the narration opens its sentences with before ("The rider came in …").
    const standing = !!phraseClause && phraseClause.last === phraseClause.first + 1 && items[phraseClause.first].lower === 'the' &&
      (openingDescriptions.get(items[phraseClause.last].lower) ?? Infinity) < phraseClause.first;
    const phrase = !!phraseClause && !!cued?.mention && speaker === cued.mention.text && !/^(a|an|one|another|some)$/.test(items[phraseClause.first].lower) &&
      !isDocumentOrBody(items[phraseClause.last].lower) && !standing;
    // A relative of the one its words address whom the text never named is none of the named people (“…, Henrietta,” said her sister).
    const unnamedRelative = phrase && relativeOfAddressed(items, table, phraseClause!) === null;
    const ledByNarration = !opensWithQuote && qis.every((qi) => !clauses.has(qi) && !embedded(items, qi));
    const spokenOf = qis.flatMap((qi) => namesSpokenOf(items[qi].text)).filter((v) => !raw.includes(v))
      .map((v) => table.personNamed(v)?.name).filter((n): n is string => !!n);
    const cry = qis.length === 1 && isCry(items[qis[0]].text);
    const callsGender = calledGender(items[qis[qis.length - 1]].text);
    // Also after its words: "“Tinker Tallow,” the Warden said, looking up at Hobb."
    const faces = facedIn(items, table, (before ?? bounds.get(paragraph)!)[0], bounds.get(paragraph)![1]);
    const closingName = nameClosing(items[qis[qis.length - 1]].text);
    const callsLast = closingName && qis.length === ownWords.length ? (table.personNamed(closingName)?.name ?? (plausibleName(closingName) ? closingName : null)) : null;
    // "“…,” he said to Oak. “…,” said Gabriel.": the paragraph's last words given to someone else are whom the next turn answers.
    const closing = qis.filter((qi) => !(embedded(items, qi) && isTerm(items[qi].text))).map(at).reverse().find((a) => a.speaker)?.speaker;
    // A question put to someone is theirs to answer; words told to them may go on ("Quinn told the minister. “…”").
    const cuedAt = qis.find((qi) => turnClause(qi) && at(qi).speaker === speaker);
    const asks = /\?\W*$/u.test(items[qis[qis.length - 1]].text);
    const saidTo = cuedAt !== undefined ? addresseeOfClause(original, items, table, clauses.get(cuedAt)!, narratorIfFirstPerson) : null;
    const addressee = asks ? saidTo : null;
    const toHearer = qis.some((qi) => /\?\W*$|\byou(?:r|rs|rself)?\b/iu.test(items[qi].text));
    const toNarrator = firstPerson && toNarratorIn(items, (before ?? bounds.get(paragraph)!)[0], bounds.get(paragraph)![1]);
    const hearerNames = qis.flatMap((qi) => hearerNamesIn(items[qi].text, opensWithQuote && !!before && qi === qis[0]));
    const answersNarrator = !!before && reportsNarratorSpeech(items, before[0], before[1]);
    const callsNarratorsKin = qis.some((qi) => callsNarratorsRelative(items[qi].text, narratorTies));
    const beat = ledByNarration && !lead && present.length === 0 && !quotedInSentence(items, qis[0]) &&
      table.mentionsWithin(bounds.get(paragraph)![0], qis[0] - 1).length === 0;
    return {
      paragraph, vocatives: named, rawVocatives: raw, lead, waiting, paused, sceneShift, reported, present, scene, referred, asks, pronoun, anchored, phrase, unnamedRelative,
      opensWithQuote, ledByNarration, spokenOf, speaker, cry, callsGender, callsLast, faces, addressee, saidTo, toHearer, hearerNames, toNarrator, beat, answersNarrator,
      callsNarratorsKin, closing: closing && closing !== speaker ? closing : undefined, calledInQuoted: calledFits ? calledByOthers : null,
    };
  });
  yield;
  const byName = new Map(table.persons.map((p) => [p.name, p]));
  // "The rider …, walking his horse": a description of no sex by its noun has the one the narration's pronouns give it.
  const narratedGenders = new Map<string, Gender | null>();
  const narratedGender = (name: string): Gender | null => {
    if (!narratedGenders.has(name)) narratedGenders.set(name, describedGender(items, name));
    return narratedGenders.get(name)!;
  };
  const genderOf = (name: string) => {
    const p = byName.get(name);
    // A speaker the text names only by a phrase ("his wife") has the gender of its head noun, one it names only in
    // quotations that of its honorific ("Mrs. Thingummy") or of its given name.
    if (p) return table.gender(p);
    const parsed = parseName(name);
    // A common given name ("Am I right, Jack?") has its usual gender.
    const given = /^\p{Lu}/u.test(name) ? GIVEN_NAME_GENDER.get(normalizeWord(parsed.core[0] ?? '')) : undefined;
    return roleGender(normalizeWord(name.split(/[\s-]+/).pop() ?? '')) ?? parsed.gender ?? given ?? null;
  };
  const cuedSpeakers = turns.map((t) => t.speaker);
  // A story told in the first person has its narrator in its conversations, cued "I said" or not.
  const narratorSeen = toldInFirstPerson(items) ? paragraphsWithNarrator(items) : undefined;
  const narrator = table.persons.find((p) => p.name === 'I') ?? (narratorSeen ? table.narrator() : undefined);
  const firstNamed = new Map<string, number>();
  for (const m of table.mentions) if (!firstNamed.has(m.person.name)) firstNamed.set(m.person.name, items[m.item].paragraph);
  // The narrator is there from the first "I", however late the narration first says it.
  if (narrator) firstNamed.set(narrator.name, -1);
  // "asked a gentleman" … "said Mr. Greyson": the description's turns are the newcomer's, and conversation reads them so.
  const withheld = paragraphsWithholdingNames(items);
  const given = turns.map((t) => ({
    paragraph: t.paragraph,
    speaker: t.speaker,
    namedByClause: namesGiven.has(t.paragraph) || byParagraph.get(t.paragraph)!.some((qi) => clauses.get(qi)?.kind === 'name' && at(qi).speaker === t.speaker),
    withheld: withheld.has(t.paragraph),
  }));
  // A description's sex is its noun's, else the one the narration's pronouns give it ("the sexton, who …. He set …").
  const described = namesOfDescribedSpeakers(given, (n) => firstNamed.get(n), (n) => genderOf(n) ?? (/^\p{Ll}/u.test(n) ? narratedGender(n) : null));
  const renamedDescription = new Map<number, [string, string]>();
  for (const [i, name] of described) {
    renamedDescription.set(turns[i].paragraph, [cuedSpeakers[i]!, name]);
    turns[i] = { ...turns[i], speaker: name, phrase: false };
    cuedSpeakers[i] = name;
  }
  const isKnown = (name: string) => byName.has(name);
  takeTurns(turns, genderOf, narrator?.name, isKnown, cuesTurns, narratedGender, narratorSeen);
  // The narrator is not their own relative ("my uncle Kofi").
  const relatives = narrator ? narratorsRelatives(items, table) : new Set<PersonRecord>();
  const relativeNamed = (name: string) => relatives.has(table.personNamed(name)!);
  // A he/she of first-person narration is never its narrator: one read to the name others call the narrator by
  // ("“Oh, Sam.” … “I hear nothing.” He set the glass down.") is a misreading, no sign that the name is someone else's.
  const byHeOrShe = turns.map((t, i) => {
    if (!narrator) return false;
    const mention = byParagraph.get(t.paragraph)!.map(at).find((a) => a.speaker && a.speaker === cuedSpeakers[i])?.mention?.text.toLowerCase();
    return mention !== undefined && /^(?:he|she)$/.test(mention);
  });
  // Those a speech clause gives turns of their own are others the narrator talks with.
  const cuedOthers = [...new Set(cuedSpeakers.filter((s, i): s is string => !!s && s !== narrator?.name && /^\p{Lu}/u.test(s) && !byHeOrShe[i]))];
  const renamed = narrator && (table.narratorOwnName() ?? signedName(original, items) ?? bylineName(original) ?? narratorName(turns, narrator.name, {
    someoneElse: relativeNamed,
    told: (name) => !!table.personNamed(name),
    onePerson: (a, b) => !!table.personNamed(a) && table.personNamed(a) === table.personNamed(b),
    given: (name) => parseName(name).titles.length > 0 || GIVEN_NAME_GENDER.has(normalizeWord(parseName(name).core[0] ?? '')),
    calledAtClauseEnd: (name) => calledAtClauseEnd(original, name),
    speaks: (name) => cuedOthers.some((s) => samePerson(s, name)),
    words: (i) => byParagraph.get(turns[i].paragraph)!.map((qi) => items[qi].text).join(' '),
    cued: (i) => !!cuedSpeakers[i] || byParagraph.get(turns[i].paragraph)!.some((qi) => clauses.has(qi)),
    fullNames: () => [...fullNamesIn(original), ...table.persons.map((p) => p.name)],
  }));
  if (narrator && renamed) {
    // Turns given to "I" and turns given to the name others call the narrator by are one person's: take them again.
    narrator.name = renamed;
    byName.set(renamed, narrator);
    // A he/she read to that name is someone else, whom the conversation finds.
    for (const [i, s] of cuedSpeakers.entries()) if (s && s !== 'I' && byHeOrShe[i] && samePerson(s, renamed)) cuedSpeakers[i] = null;
    for (const [i, turn] of turns.entries()) {
      turn.speaker = cuedSpeakers[i] === 'I' ? renamed : cuedSpeakers[i];
      const own = (p: string | null | undefined) => (p === 'I' ? renamed : p);
      if (turn.present.includes('I') || turn.saidTo === 'I') turns[i] = { ...turn, present: turn.present.map(own) as string[], saidTo: own(turn.saidTo), addressee: own(turn.addressee) };
      // "It’s my shirts, Tess." calls the narrator, Tessa Marchbanks: the one who answers it is the narrator, no one else.
      const call = (v: string) => (spelledOut(v, renamed) ? renamed : v);
      if (turns[i].vocatives.some((v) => spelledOut(v, renamed))) turns[i] = { ...turns[i], vocatives: turns[i].vocatives.map(call), rawVocatives: turns[i].rawVocatives.map(call) };
    }
    takeTurns(turns, genderOf, renamed, isKnown, cuesTurns, narratedGender, narratorSeen);
    if (renamed === bylineName(original)) {
      const questions = (i: number) => byParagraph.get(turns[i].paragraph)!.map((qi) => /\?\W*$/u.test(items[qi].text));
      writerOnlyAsks(turns, cuedSpeakers, renamed, (i) => questions(i).some(Boolean));
      writerAsksBetween(turns, cuedSpeakers, renamed, (i) => questions(i).every(Boolean));
    }
  }
  // A turn that states its speaker's name is theirs, once the conversation has been read without it; one the
  // conversation gave a description ("the pedestrian") is left to selfNamedSpeakers, which names all that description's turns.
  for (const turn of turns) {
    const stated = statedNames.get(turn.paragraph);
    if (stated && !(turn.speaker && /^\p{Ll}/u.test(turn.speaker))) turn.speaker = stated;
  }
  const clauseAt = new Map([...clauses.values()].map((c) => [items[c.first].start, c]));
  for (const turn of turns) {
    const qis = byParagraph.get(turn.paragraph)!;
    // One with no clause of its own takes its paragraph's mention with the speaker, as from a sibling: the one before
    // it that has a mention, or failing that the first. A fix renaming that mention then knows it speaks for both.
    const firstMention = qis.map(at).find((a) => a.mention)?.mention ?? null;
    let mentionBefore: Mention | null = null;
    // The phrase that cued the turn, as the conversation may have reread it.
    const phrase = turn.phrase ? qis.map(at).find((a) => a.speaker)?.mention?.text : undefined;
    for (const qi of qis) {
      const a = at(qi);
      // A turn's he/she or unnamed phrase may have been reread by the conversation; its mention stays as written.
      // A quotation whose own clause names its speaker, or whose narration names someone else, keeps that name.
      // (A split quotation's second part holds the clause of its first.) A he/she of the other gender than the turn's
      // ("…," he said. "…," she answered.) is another speaker's.
      const ownClause = clauses.get(qi) ?? (a.mention ? clauseAt.get(a.mention.span.start) : undefined);
      // Never to one the text shows is of the other gender ("Mr Carrow had called her “…”. She said: “…”").
      const fits = !turn.speaker || (genderOf(turn.speaker) ?? turn.pronoun) === turn.pronoun;
      // A he/she the narration gave the words is the one the words they quote call (quotedWithin.ts), of its gender.
      const calledInQuoted = !!turn.calledInQuoted && turn.speaker === turn.calledInQuoted && !ownClause;
      // A he/she read to the narrator before the narrator had their name is someone else: whom the conversation finds, if anyone.
      const notNarrator = !!renamed && a.speaker === renamed && /^(?:he|she)$/i.test(a.mention?.text ?? '');
      const reread = a.mention !== null && (calledInQuoted || (turn.pronoun !== null && fits && PRONOUN_GENDER.get(a.mention.text.toLowerCase()) === turn.pronoun && !namedSincePrevious(items, table, qis, ownClause)) ||
        (clauses.get(qi)?.kind !== 'name' && a.speaker === phrase && a.mention.text === phrase) || notNarrator);
      const term = !a.speaker && embedded(items, qi) && isTerm(items[qi].text);
      const description = renamedDescription.get(turn.paragraph);
      if (description && a.speaker === description[0]) attributions[items[qi].quote] = { ...a, speaker: description[1] };
      if (!term && turn.speaker && (!a.speaker || reread)) {
        const mention = a.mention ?? (clauses.has(qi) ? null : mentionBefore ?? firstMention);
        attributions[items[qi].quote] = { speaker: turn.speaker, mention, cue: a.cue };
      } else if (!term && renamed && a.speaker === 'I') attributions[items[qi].quote] = { ...a, speaker: renamed };
      else if (notNarrator) attributions[items[qi].quote] = { ...a, speaker: null };
      mentionBefore = at(qi).mention ?? mentionBefore;
    }
  }
}

/** Whether `name` is written after a comma, ending its clause ("There is nothing in these, Fenwick."). */
function calledAtClauseEnd(text: string, name: string): boolean {
  return new RegExp(String.raw`,\s+${escaped(name)}\s*[,.!?]`).test(text);
}

/**
 * Whether narration between items `first` and `last` speaks of its teller as "I" or "me" (not the numeral of
 * "Chapter I" or "George I", after a capitalised word).
 */
function tellsInFirstPerson(items: readonly Item[], [first, last]: [number, number]): boolean {
  for (let i = first; i <= last; i++) {
    if (isWord(items[i]) && (items[i].lower === 'me' || (items[i].text === 'I' && !(isWord(items[i - 1]) && items[i - 1].capital && items[i - 1].sentence === items[i].sentence)))) return true;
  }
  return false;
}

/**
 * `"…," wrote Esteves. Asked about it, Lindqvist said … "…," he said`: a he/she whose antecedent the narration names
 * after the paragraph's quotation before it is that person's, not the paragraph's first speaker's.
 */
function namedSincePrevious(items: readonly Item[], table: PeopleTable, qis: readonly number[], clause: Clause | undefined): boolean {
  const person = clause?.kind === 'pronoun' ? table.mentionAt(clause.first)?.person : undefined;
  if (!person) return false;
  // The paragraph's last quotation before the clause, less one right before it (a split quotation's first part, whose
  // clause it also is); found by halving, as a paragraph may hold thousands.
  const before = lastBefore(qis, clause!.first - 2);
  if (before < 0) return false;
  return table.mentionsWithin(qis[before] + 1, clause!.first - 1).some((m) => m.person === person && !PRONOUN_GENDER.has(items[m.item].lower));
}

/**
 * `"…" cried the ladies. Mrs. Griffin, however, wanted more light. "Who was it?"`, `Lucy felt selfish. "…" "…," said
 * Charlotte.`: a whole sentence of narration just before a quotation, after the paragraph's previous quotation and its
 * clause if any, leads into it, as a paragraph's opening narration does, rather than another quotation's speaker.
 */
function ledByOwnSentences(
  items: readonly Item[], table: PeopleTable, before: number | undefined, paragraphStart: number, clauses: ReadonlyMap<number, Clause>, qi: number,
): { person: PersonRecord; item: number } | null {
  let from = paragraphStart;
  if (before !== undefined) {
    const end = Math.max(before, clauses.get(before)?.last ?? before);
    from = end + 1;
    while (from < qi && items[from].sentence === items[end].sentence) from++;
  }
  if (from >= qi) return null;
  return narrationSubject(items, table, [sentenceStart(items, qi - 1, from), qi - 1]);
}

/** Where narration leading into quotation `qi` may start: after the quotation `before` in its paragraph and its clause. */
function afterQuotationBefore(before: number | undefined, paragraphStart: number, clauses: ReadonlyMap<number, Clause>): number {
  return before === undefined ? paragraphStart : Math.max(before, clauses.get(before)?.last ?? before) + 1;
}

/** "The train lurched, and a boy in a school cap stumbled in.": someone a or an brings in with the sentence's last clause. */
function newcomerInLastClause(original: string, items: readonly Item[], start: number, qi: number): Description | null {
  for (let k = qi - 1; k > start + 1; k--) {
    const opens = items[k - 1].text === ';' || (items[k - 1].lower === 'and' && items[k - 2].text === ',');
    if (opens) return /^an?$/.test(items[k].lower) ? descriptionAt(items, k, null, original, false, true) : null;
  }
  return null;
}

/**
 * "“Is anyone sitting here?” A tall woman in a red coat was pointing at the seat.": someone a or an brings in with
 * the sentence right after the words that open a paragraph is who spoke them.
 */
function newcomerAfter(original: string, items: readonly Item[], qi: number): Attribution | null {
  const next = items[qi + 1];
  // The article opens a sentence of its own, as its capital shows after words that end on their own stop.
  if (!isWord(next) || next.paragraph !== items[qi].paragraph || !/^An?$/.test(next.text) || !/[.!?…]\W*$/u.test(items[qi].text)) return null;
  const d = descriptionAt(items, qi + 1, null, original, false, true);
  if (!d || KIN.has(d.head)) return null;
  return { speaker: d.text, mention: { span: { start: items[d.item].start, end: items[d.last].end }, text: original.slice(items[d.item].start, items[d.last].end) }, cue: null };
}

/** Whether a description's noun is a role that can lead into words ("the manager"), not "the lad" or "her mother". */
function isDescribingRole(head: string): boolean {
  return isRoleNoun(head) && !GENERIC_PERSON_NOUNS.has(head) && !KIN.has(head);
}

/** The speaker of quotation `qi` when its own paragraph's sentence right before it opens on a role no one holds, with no one named after it. */
function leadingDescription(
  original: string, items: readonly Item[], table: PeopleTable, before: number | undefined, paragraphStart: number, clauses: ReadonlyMap<number, Clause>, qi: number,
): Attribution | null {
  const from = afterQuotationBefore(before, paragraphStart, clauses);
  if (from >= qi || items[qi - 1].kind === 'quote') return null;
  const start = sentenceStart(items, qi - 1, from);
  if (start < from || (start > 0 && items[start - 1].sentence === items[start].sentence)) return null;
  // A plain person noun ("The lad frowned.") in a conversation is as often one of the named speakers: left to it; one
  // a or an brings in ("A porter came up behind them.") is someone new, whatever the noun.
  const definite = descriptionAt(items, start, null, original);
  const d = definite ?? descriptionAt(items, start, null, original, false, true) ?? newcomerInLastClause(original, items, start, qi);
  const newcomer = !definite && !!d && !KIN.has(d.head);
  if (!d || !(newcomer || isDescribingRole(d.head)) || table.mentionsWithin(d.item, qi - 1).some((m) => !PRONOUN_GENDER.has(items[m.item].lower)) || heldRole(table, d)) return null;
  return { speaker: d.text, mention: { span: { start: items[d.item].start, end: items[d.last].end }, text: original.slice(items[d.item].start, items[d.last].end) }, cue: null };
}

/**
 * "Asked whether Amankwah would stay on penalties, the Brennock manager did not hesitate. “…”": a description the text
 * gave someone, the subject of the sentence leading into a quotation with no clause, is that person speaking.
 */
function describedLeader(
  original: string, items: readonly Item[], table: PeopleTable, before: number | undefined, paragraphStart: number, clauses: ReadonlyMap<number, Clause>, qi: number,
): Attribution | null {
  const from = afterQuotationBefore(before, paragraphStart, clauses);
  const d = describedSubjectLeading(items, from, qi, original);
  if (!d || !isDescribingRole(d.head)) return null;
  if (table.mentionsWithin(d.last + 1, qi - 1).some((m) => !PRONOUN_GENDER.has(items[m.item].lower))) return null;
  // A role the text gave someone is theirs; one it gave no one only when news marks it as the one just named.
  const person = table.mentionAt(d.item)?.person ??
    (heldRole(table, d) ? personOf(items, table, { cue: '', first: d.item, last: d.last, kind: 'phrase' }) : describedAgain(items, table, d.item, d.last, genderOfDescription(items, d)));
  const mention = { span: { start: items[d.item].start, end: items[d.last].end }, text: original.slice(items[d.item].start, items[d.last].end) };
  // "The rider came in off the flats. … When the door had shut, the rider turned the cup. “…”": a stranger the
  // narration keeps calling so, and no one named, is the speaker as described (news's "the teenager" is someone named).
  if (!person && !heldRole(table, d) && describedEarlier(items, d)) return { speaker: d.text, mention, cue: null };
  if (!person || table.organisations.has(person)) return null;
  return { speaker: person.name, mention, cue: null };
}

/** Whether the narration wrote a definite description ("the rider") before, word for word. */
function describedEarlier(items: readonly Item[], d: Description): boolean {
  const words = items.slice(d.item, d.last + 1).map((it) => it.lower);
  if (words[0] !== 'the') return false;
  for (let i = 0; i < d.item; i++) if (words.every((w, k) => items[i + k].lower === w && isWord(items[i + k]))) return true;
  return false;
}

/**
 * The sex a description shows: its noun's ("the landlady"), else the one the narration's pronouns give it ("When the door
 * had shut, the rider turned the cup in his fingers"), so a stranger is never read as someone named of the other sex.
 */
function genderOfDescription(items: readonly Item[], d: Description): Gender | null {
  return roleGender(d.head) ?? describedGender(items, d.text);
}

/**
 * The speaker narration leading into a quotation with no clause gives: its subject, or, for a he/she going on about a
 * description no one holds ("The waitress came by with the pot. She was sixty, …. “…”"), that description.
 */
function ledBy(original: string, items: readonly Item[], table: PeopleTable, subject: { person: PersonRecord; item: number }): Attribution {
  const pronoun = items[subject.item];
  const described = /^(?:he|she)$/.test(pronoun.lower) ? describedSubject(original, items, table, { cue: '', first: subject.item, last: subject.item, kind: 'pronoun' }) : null;
  return described ? { speaker: described, mention: { span: { start: pronoun.start, end: pronoun.end }, text: pronoun.text }, cue: null } : narrated(original, items, subject);
}

/** A speaker named by the narration: the mention is the whole name run ("Maria Lenz"), so a rename replaces all of it. */
function narrated(original: string, items: readonly Item[], named: { person: PersonRecord; item: number }): Attribution {
  const last = items[phraseAfter(items, named.item)?.last ?? named.item];
  const span = { start: items[named.item].start, end: Math.max(last.end, items[named.item].end) };
  return { speaker: named.person.name, mention: { span, text: original.slice(span.start, span.end) }, cue: null };
}

/** "Philip did not know what she meant.": whether the sentence of item `at` refers by he/she to someone of the other gender. */
function otherGenderIn(items: readonly Item[], at: number, gender: Gender | null): boolean {
  if (!gender) return false;
  for (let i = at + 1; i < items.length && i < at + 20 && items[i].sentence === items[at].sentence; i++) {
    const g = /^(?:he|she)$/.test(items[i].lower) ? PRONOUN_GENDER.get(items[i].lower) : undefined;
    if (g && g !== gender) return true;
  }
  return false;
}

/**
 * The person named in the possessive right before quotation item `qi` whose words it exclaims or asks ("Madame
 * Nilsson's “M'ama!”"); a term ("the firm's “green” pledge") is no one's utterance.
 */
function possessiveBefore(items: readonly Item[], table: PeopleTable, qi: number): { person: PersonRecord; item: number } | null {
  // "Mrs Gildea's illuminative “H'm!”": one lower-case word may describe the words.
  const adjective = isWord(items[qi - 1]) && !items[qi - 1].capital && items[qi - 1].sentence === items[qi - 2]?.sentence ? 1 : 0;
  const prev = items[qi - 1 - adjective];
  if (!prev || !/[!?]\W*$/u.test(items[qi].text) || !/\p{L}['’]s$/u.test(prev.text) || !prev.capital) return null;
  const run = table.runBefore(qi - 1 - adjective);
  const named = run ? table.mentionAt(run[0]) : undefined;
  return named && named.item === run![0] && !table.organisations.has(named.person) ? named : null;
}

/**
 * "“…,” Rezai said. / Her husband stayed behind. She said she had not heard from him. / “…,” she said": a he/she turn
 * after a paragraph of narration alone, itself after a turn of the person the he/she was read as, goes on with that
 * speaker when its verb carries on ("she added") or the narration's last sentence opens on a he/she of its gender.
 */
function goesOnAcross(
  items: readonly Item[], clause: Clause, gender: Gender | null, narration: [number, number] | undefined, turnBefore: readonly number[] | undefined,
  speaker: string, at: (qi: number) => Attribution,
): boolean {
  if (!narration || !turnBefore || at(turnBefore[turnBefore.length - 1]).speaker !== speaker) return false;
  if (CONTINUING.test(clause.cue)) return true;
  const opening = items[sentenceStart(items, narration[1], narration[0])];
  return /^(?:he|she)$/.test(opening.lower) && PRONOUN_GENDER.get(opening.lower) === gender;
}

/**
 * Whether the quotation at `qi` stands inside a sentence of narration, after a word of it or a comma (`its slogan,
 * “Keep Moving Forward,” and asked`); `embedded` asks for a word right before it.
 */
function quotedInSentence(items: readonly Item[], qi: number): boolean {
  const prev = items[qi - 1];
  return !!prev && prev.paragraph === items[qi].paragraph && prev.sentence === items[qi].sentence;
}

/** A quotation that continues a sentence of narration (`the so-called "community fund"`), not one opening it. */
function embedded(items: readonly Item[], qi: number): boolean {
  const prev = items[qi - 1];
  return !!prev && prev.kind === 'word' && prev.paragraph === items[qi].paragraph && prev.sentence === items[qi].sentence;
}


/** The first and last item of every paragraph. */
function paragraphBounds(items: readonly Item[]): Map<number, [number, number]> {
  const bounds = new Map<number, [number, number]>();
  for (let i = 0; i < items.length; i++) {
    const b = bounds.get(items[i].paragraph);
    if (b) b[1] = i;
    else bounds.set(items[i].paragraph, [i, i]);
  }
  return bounds;
}

/** A mention that is no clause's subject: a possessive or an object pronoun ("his", "him", "Meg's"). */
const POSSESSIVE_OR_OBJECT = /^(?:his|her|hers|him)$|['’]s$/iu;

/**
 * Whom the last sentence of a narration paragraph is about: a relative it opens on that the text does not name ("His
 * mother sobbed.", "My uncle explained to old Cotter."), a description no one holds it opens on ("The doctor bent down."), else the subject of its last
 * clause after ", and", ";" or an "and" a clause of its own follows (previousSubjects.ts: "… and Doreen's eyes were
 * half shut") ("Meg lighted the lamp, and Jo forgot how tired she was."), else the first person it
 * names or refers to ("Tommy nodded.").
 */
function lastSentenceSubject(original: string, items: readonly Item[], table: PeopleTable, bounds: [number, number] | undefined): string | null {
  if (!bounds) return null;
  const [first, last] = bounds;
  const start = sentenceStart(items, last, first);
  const kin = items[start + 1];
  // ("His aunt Martha stood still" is about Martha.)
  const relative = isWord(kin) && !kin.capital && (KIN.has(kin.lower) || (KIN_TITLE.test(kin.lower) && roleGender(kin.lower) !== null)) && !isCapitalised(items[start + 2]);
  if (/^(?:his|her|my|our)$/.test(items[start].lower) && relative && !table.mentionAt(start + 1)) {
    return original.slice(items[start].start, kin.end).replace(/\s+/g, ' ').toLowerCase();
  }
  // "His aunt Polly stood surprised a moment": the sentence is about someone it names, not about the owner or object
  // of a pronoun, unless no one else is in it ("an oath escaped his lips").
  // "…, looking very much as if she meant to write to someone about it.": one a comparison brings in only seems.
  const compared = (x: { item: number }) => /^(?:if|though)$/.test(items[x.item - 1]?.lower ?? '') && items[x.item - 2]?.lower === 'as';
  const inSentence = table.mentionsWithin(first, last).filter((x) => x.sentence === items[last].sentence && !compared(x) && !opensContactClause(items, x.item));
  // "With Teddy there is always the rest of it.": one a preposition brings in is not whom the sentence is about.
  const governed = (x: { item: number }) => /^(?:with|to|at|for|from|of|by|about|like|without|towards?|behind|beside|past)$/.test(items[x.item - 1]?.lower ?? '');
  const opening = inSentence.find((x) => !/^(?:his|her|hers|him)$/.test(items[x.item].lower) && !governed(x)) ?? inSentence.find((x) => !governed(x));
  const clauseOpeners = inSentence.filter((x) => x !== opening && !POSSESSIVE_OR_OBJECT.test(items[x.item].text) &&
    (items[x.item - 1]?.text === ';' || (items[x.item - 1]?.lower === 'and' && (items[x.item - 2]?.text === ',' || opensFiniteClause(items, table, x.item)))));
  const subject = clauseOpeners[clauseOpeners.length - 1] ?? opening;
  // "The auctioneer commenced by saying that Miss Isabella was fit …": the description is the subject, ahead of
  // whoever the sentence names after it.
  // "A snap of the gate added a note, and the postman tramped up the steps.": a clause after ", and" or ";" opening on
  // one is about them too, the last such clause most.
  // "The door opened, and a nurse looked in.": one a or an brings in there is new to the scene, and about to speak.
  let described = descriptionAt(items, start, null, original);
  for (let k = start + 2; k <= last; k++) {
    const opens = items[k - 1].text === ';' || (items[k - 1].lower === 'and' && items[k - 2].text === ',');
    const later = opens && /^(?:the|an?)$/.test(items[k].lower) ? descriptionAt(items, k, null, original, false, true) : null;
    if (later && (!subject || subject.item < later.item)) described = later;
  }
  if (described && !heldRole(table, described) && (!subject || subject.item > described.item)) return described.text;
  // "The waitress came by with the pot. She was sixty, …": a he/she going on about a description no one holds is it.
  const pronoun = subject && /^(?:he|she)$/.test(items[subject.item].lower) ? describedSubject(original, items, table, { cue: '', first: subject.item, last: subject.item, kind: 'pronoun' }) : null;
  return pronoun ?? subject?.person.name ?? null;
}

/** Whether a description is a mention of someone the text names, or a role the text gave someone ("the minister"). */
function heldRole(table: PeopleTable, d: Description): boolean {
  return !!table.mentionAt(d.item) || !!table.antecedent(d.item, null, d.head, null, true);
}

/** The first person the narration of a paragraph names or refers to with he/she (`He tilted me again. "…"`). */
function narrationSubject(items: readonly Item[], table: PeopleTable, bounds: [number, number], ownersAside = false): { person: PersonRecord; item: number } | null {
  let fallback: { person: PersonRecord; item: number } | null = null;
  for (let i = bounds[0]; i <= bounds[1]; i++) {
    // "his tone belied his words": an owner is not the subject, nor one named in the possessive before a
    // quotation of the sentence ("the ministry said Volkan's remarks were “…”"); "Carol's brows lifted" after one is hers.
    if (items[i].kind !== 'word' || /^(his|her|hers|him)$/.test(items[i].lower) || (ownersAside && /['’]s$/.test(items[i].lower))) continue;
    // "Asked whether her husband would stand again, Mrs Venn smiled.": one an opening phrase names is not its subject.
    const named = table.mentionAt(i);
    if (named && !table.inOpeningPhrase(i)) return named;
    const gender = /^(he|she)$/.test(items[i].lower) ? PRONOUN_GENDER.get(items[i].lower)! : null;
    const person = gender && table.antecedent(i, gender, null);
    // "Asked whom she would prefer to play, Arrieta smiled.": a he/she of an opening phrase stands for the subject the
    // sentence names after it, when it names one.
    if (person && named) fallback ??= { person, item: i };
    else if (person) return { person, item: i };
  }
  return fallback;
}

/**
 * narrationSubject for the quotations of a paragraph, which ask it of ranges opening on the same item (the paragraph's
 * or the sentence's first) and ending at each quotation: the first subject from an item on is the same for all of
 * them, so each scan goes on where the last one of its opening item stopped, and a paragraph of thousands of
 * quotations is read once, not once per quotation. Valid while the people table does not change.
 */
class SubjectScans {
  /** Per opening item (negated, less one, when owners are set aside): how far it was read and the subject found. */
  private readonly scans = new Map<number, { next: number; found: { person: PersonRecord; item: number } | null }>();

  constructor(private readonly items: readonly Item[], private readonly table: PeopleTable) {}

  first(bounds: [number, number], ownersAside: boolean): { person: PersonRecord; item: number } | null {
    const key = ownersAside ? -1 - bounds[0] : bounds[0];
    let scan = this.scans.get(key);
    if (!scan) this.scans.set(key, (scan = { next: bounds[0], found: null }));
    if (!scan.found && scan.next <= bounds[1]) {
      scan.found = narrationSubject(this.items, this.table, [scan.next, bounds[1]], ownersAside);
      scan.next = bounds[1] + 1;
    }
    return scan.found && scan.found.item <= bounds[1] ? scan.found : null;
  }
}

/**
 * Quotations inside quotations, grouped by depth, and the narration of each quotation that holds some, read once for
 * all its children. Everything is found by binary search or a table (one paragraph may hold thousands of quotations).
 */
class NestedQuotations {
  /** Per depth, the quotations' indices in text order; quotations of one depth never overlap (the scanner nests them). */
  private readonly byDepth = new Map<number, number[]>();
  private readonly narration = new Map<number, Item[]>();
  /** The item of every nested quotation in its parent's narration. */
  private readonly itemOfQuote = new Map<number, number>();

  constructor(private readonly text: string, readonly quotations: readonly Quotation[], private readonly paragraphs: Paragraphing, private readonly whole: readonly Item[]) {
    for (const [i, q] of quotations.entries()) {
      const list = this.byDepth.get(q.depth);
      if (list) list.push(i);
      else this.byDepth.set(q.depth, [i]);
    }
    for (const list of this.byDepth.values()) list.sort((a, b) => quotations[a].outer.start - quotations[b].outer.start);
  }

  /** The quotation one level up that holds quotation `index`: the last one of that depth opening before it. */
  parentOf(index: number): number | null {
    const q = this.quotations[index];
    const list = this.byDepth.get(q.depth - 1) ?? [];
    const k = this.openingBefore(list, q.outer.start + 1) - 1;
    const p = this.quotations[list[k]];
    return p && p.inner.start <= q.outer.start && q.outer.end <= p.inner.end ? list[k] : null;
  }

  /** The item of quotation `index` in the narration of its parent. */
  itemOf(index: number): number {
    return this.itemOfQuote.get(index) ?? -1;
  }

  /** The words of quotation `parent` as narration, its quotations one level down standing as items. */
  itemsOf(parent: number): Item[] {
    let items = this.narration.get(parent);
    if (!items) {
      const p = this.quotations[parent];
      const below = this.byDepth.get(p.depth + 1) ?? [];
      const children: { q: Quotation; index: number }[] = [];
      for (let k = this.openingBefore(below, p.inner.start); k < below.length && this.quotations[below[k]].outer.start < p.inner.end; k++) {
        const i = below[k];
        if (this.quotations[i].outer.end <= p.inner.end) children.push({ q: this.quotations[i], index: i });
      }
      items = narrationItems(this.text, p.inner, children, this.paragraphs);
      // Its words are read as part of the narration holding it, the text's own for a quotation of the narration.
      const up = this.parentOf(parent);
      readAsPartOf(items, up === null ? this.whole : this.itemsOf(up));
      for (const [k, it] of items.entries()) if (it.kind === 'quote') this.itemOfQuote.set(it.quote, k);
      this.narration.set(parent, items);
    }
    return items;
  }

  /** The number of quotations in `list` (text order) opening before offset `at`. */
  private openingBefore(list: readonly number[], at: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotations[list[mid]].outer.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A quotation inside a quotation: its clause is read inside the outer one's words. */
function nestedAttribution(
  view: ProseView, nested: NestedQuotations, index: number, table: PeopleTable, thirdPerson: (parent: number, gender: Gender, words: readonly Item[], pronoun: number) => string | null,
  outerSpeaker: (parent: number) => string | null, roleHolder: (parent: number, role: string) => string | null,
  relativeOf: (parent: number, noun: string) => string, documentOf: (parent: number, words: readonly Item[], pronoun: number) => string | null,
  groupOf: (parent: number, words: readonly Item[], pronoun: number) => string | null,
  memberOf: (parent: number, words: readonly Item[], one: number) => string | null,
): Attribution {
  const parent = nested.parentOf(index);
  if (parent === null) return NOBODY;
  const items = nested.itemsOf(parent);
  const qi = nested.itemOf(index);
  const one = qi >= 0 ? oneOfThemAt(items, qi) : -1;
  const member = one >= 0 ? memberOf(parent, items, one) : null;
  if (member) {
    const span = { start: items[one].start, end: items[one + 2].end };
    return { speaker: member, mention: { span, text: view.original.slice(span.start, span.end) }, cue: items[one + 3].text };
  }
  const general = qi < 0 ? null : clauseOf(items, qi);
  const core = (c: Clause) => parseName(view.original.slice(items[c.first].start, items[c.last].end)).core;
  // Only persons sharing a word of the name can be the same person (sharingAWord keeps the text's order).
  const bearerOf = (core: readonly string[]) => table.sharingAWord(core).find((p) => samePerson(p.core.join(' '), core.join(' ')));
  // "“My physio would just say, ‘…’ We laughed”": a verb of saying right before the words is theirs, over a clause
  // further back or after them, but a he/she tag after them, which may repeat the name said before ("Mrs. Rowe says,
  // ‘…,’ he says"), is read below; a name only when it is someone the text knows ("Mum always said" stays a call).
  const retold = qi < 0 ? null : retoldClause(items, qi);
  const tagAfter = general && general.first > qi && /^(?:he|she)$/.test(items[general.first].lower);
  // A he/she/they it finds only stands in for a clause the general reading missed ("but he's told Callum, ‘…’").
  const retoldOther = retold?.kind === 'pronoun' && items[retold.first].text !== 'I';
  const nearer = retold && (!general || (!retoldOther && (general.last < retold.first || (general.first > qi && !tagAfter))));
  const clause = nearer && (retold.kind !== 'name' || bearerOf(core(retold))) ? retold : general;
  // "“The man from the insurer sat at my table and told me, ‘…’”": the subject of the verb's own clause, over no clause,
  // an object "it" ("picked it up, folded it, and said") or a subject of an earlier clause ("When I showed …, one of").
  const joined = qi >= 0 ? joinedSubject(items, qi) : null;
  if (joined && (!clause || clause.last < joined.first || (clause.kind === 'pronoun' && items[clause.first].lower === 'it'))) {
    const span = { start: items[joined.first].start, end: items[joined.last].end };
    const text = view.original.slice(span.start, span.end);
    return { speaker: text, mention: { span, text }, cue: items[joined.verb].text };
  }
  if (!clause) return qi >= 0 && ownThought(items, qi) ? { speaker: outerSpeaker(parent), mention: null, cue: null } : NOBODY;
  const text = view.original.slice(items[clause.first].start, items[clause.last].end);
  const mention = { span: { start: items[clause.first].start, end: items[clause.last].end }, text };
  const known = clause.kind === 'name' ? bearerOf(core(clause)) : undefined;
  // "Everybody says", "people told us": no one in particular, named as the words give them.
  if (clause === retold && clause.kind === 'phrase' && clause.first === clause.last) return { speaker: items[clause.first].lower, mention, cue: clause.cue };
  // "Hosea says, ‘Not a dime,’ he says": the he is the name said before the words, unless the text made it the other sex.
  const repeated = repeatedNameClause(items, clause);
  if (repeated) {
    const said = parseName(view.original.slice(items[repeated.first].start, items[repeated.last].end)).core;
    const person = bearerOf(said);
    const sex = person ? table.gender(person) : null;
    if (!sex || sex === PRONOUN_GENDER.get(items[clause.first].lower)) return { speaker: person?.name ?? said.join(' '), mention, cue: clause.cue };
  }
  const pronoun = clause.kind === 'pronoun' ? pronounOf(items[clause.first].lower) : null;
  // "“I remember him telling me, ‘…’”": an object pronoun before a participle is whose words these are, as a he/she is.
  const object = pronoun === 'him' || pronoun === 'her' ? (/ing$/.test(clause.cue) ? (pronoun === 'him' ? 'he' : 'she') : null) : pronoun;
  const gender = object === 'he' || object === 'she' ? PRONOUN_GENDER.get(object) : undefined;
  // "“At half-time I told him, ‘…’,” Okoro said": the I of a quotation is its speaker.
  const pronounFor = gender ? thirdPerson(parent, gender, items, clause.first) : pronoun === 'i' ? outerSpeaker(parent) : null;
  const document = clause.kind === 'pronoun' && items[clause.first].lower === 'it' ? documentOf(parent, items, clause.first) : null;
  const group = clause.kind === 'pronoun' && items[clause.first].lower === 'they' ? groupOf(parent, items, clause.first) : null;
  const role = clause.kind === 'phrase' && items[clause.first].lower === 'the' && clause.last === clause.first + 1 ? roleHolder(parent, normalizeWord(items[clause.last].lower)) : null;
  // "“This time my son called me”": the speaker's relative, whatever words open the clause before it.
  const noun = clause.kind === 'phrase' && clause.last > clause.first ? ownedNoun(items, clause.last - 1, clause.last) : null;
  const relative = noun ? relativeOf(parent, noun) : null;
  return { speaker: known?.name ?? pronounFor ?? document ?? group ?? role ?? relative ?? (clause.kind === 'pronoun' ? null : parseName(text).core.join(' ')), mention, cue: clause.cue };
}

/**
 * The person other than `speaker` the narration names last in the sentence before the quotation at item `qi`, with no
 * quotation between: the one its speaker's words are about when they say "he" or "she".
 */
function namedJustBefore(items: readonly Item[], table: PeopleTable, qi: number, speaker: PersonRecord | null): PersonRecord | null {
  if (qi === 0) return null;
  const from = sentenceStart(items, qi - 1, Math.max(0, qi - SENTENCE_REACH));
  for (const m of table.mentionsWithin(from, qi - 1).reverse()) {
    if (items.slice(m.item, qi).some((it) => it.kind === 'quote')) return null;
    if (m.person !== speaker && items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower)) return m.person;
  }
  return null;
}

/** How many items back a quotation's "I … thinking," may begin. */
const THOUGHT_REACH = 12;

/**
 * "“I remember lying there and thinking, ‘So this is how it ends.’”", "“I was looking around at mile 23 like, ‘…’”":
 * words a quotation's speaker says they thought, brought in by "thinking", "thought" or a quotative "like" after an "I"
 * of the same sentence, are that speaker's.
 */
function ownThought(items: readonly Item[], qi: number): boolean {
  const verb = items[qi - 1]?.text === ',' || items[qi - 1]?.text === ':' ? qi - 2 : qi - 1;
  if (!/^(?:thinking|thought|like)$/.test(items[verb]?.lower ?? '')) return false;
  for (let k = verb - 1; k >= 0 && k >= verb - THOUGHT_REACH && items[k].sentence === items[verb].sentence; k--) if (items[k].text === 'I') return true;
  return false;
}

/** A transcript utterance is a quotation of its speaker, whose label is matched to the people of the text. */
function utteranceQuotation(text: string, u: Utterance, speaker: string): AttributedQuotation {
  const inner = trimmed(text, u.span);
  return {
    inner, outer: u.span, openMark: '', closeMark: null, depth: 0,
    attribution: { speaker, mention: null, cue: null }, timestamp: u.timestamp,
  };
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * "She has a daughter and has started, she says, …": the person the he/she opening the sentence of the he/she at
 * `at` was read as, when `at` stands between commas and both pronouns are of one gender; null otherwise.
 */
function subjectOfParenthetical(items: readonly Item[], table: PeopleTable, at: number): string | null {
  const start = sentenceStart(items, at, Math.max(0, at - SENTENCE_REACH));
  const g = PRONOUN_GENDER.get(items[at].lower);
  if (items[at - 1]?.text !== ',' || items[start].kind !== 'word' || start >= at - 1 || !/^(?:he|she)$/.test(items[start].lower) || PRONOUN_GENDER.get(items[start].lower) !== g) return null;
  return table.mentionAt(start)?.person.name ?? null;
}
