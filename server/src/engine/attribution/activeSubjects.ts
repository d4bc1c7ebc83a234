import { taggedQuote } from './answeredQuestions';
import { SPEECH_VERBS, type Gender } from './lexicon';
import { paragraphStart, sentenceStart, type Item } from './narration';
import { reportsSpeech } from './newsDescriptions';
import { isCapitalised, type PeopleTable, type PersonRecord } from './people';

// News tags a quotation of the one it has just written about by a role, even one the text gave someone else before:
// "Priya Nair, who covers the sector, was more enthusiastic. “…,” the analyst said" is Nair, not the analyst Marcus
// Feld quoted a paragraph earlier; "Nair said the deal was cheap. ¶ “…,” the analyst said" too. The role's holder is
// the likelier speaker only while the text is about them: once it turns to someone else, who holds no role of their
// own to be called by, in a paragraph that does not mention the holder, the quotation is that person's words.

/** How many items back the sentence before a clause is sought. */
const REACH = 80;

/**
 * The named person opening the sentence before the role phrase at item `first`, which tags the quotation just before
 * it ("“…,” the analyst said", "“…,” said the analyst"), over `holder` (who was given the role before and is not
 * mentioned since that sentence's paragraph began): in the clause's own paragraph, one holding no role; in the one
 * before, one whose speech that sentence reports, as news leads into a quote (holding a role, only when it reports
 * what they said).
 */
export function activeSubject(items: readonly Item[], table: PeopleTable, first: number, gender: Gender | null, holder: PersonRecord): PersonRecord | null {
  if (taggedQuote(items, first) < 0) return null;
  const start = sentenceStart(items, first, Math.max(0, first - REACH));
  if (start === 0) return null;
  const before = sentenceStart(items, start - 1, Math.max(0, start - 1 - REACH));
  const subject = table.mentionAt(before);
  // A name, not a he/she, an owner ("Nair's note") or a firm. One holding a role of their own is the one turned to only
  // when a paragraph reporting what they said leads into the quotation: news varies the calling of the one whose
  // words it goes on to give ("Prytherch, the home captain, insisted he had pulled out. ¶ “…,” the defender said").
  const sameParagraph = items[before].paragraph === items[first].paragraph;
  if (!subject || (subject.person.roles.size > 0 && (sameParagraph || !reportsClause(items, before))) || !isCapitalised(items[before]) || /['’]s$/u.test(items[before].text) || subject.addressed || subject.person === holder || table.organisations.has(subject.person)) return null;
  const opening = paragraphStart(items, before);
  if (table.mentionsWithin(opening, first - 1).some((m) => m.person === holder)) return null;
  const g = table.gender(subject.person);
  if (gender && g && g !== gender) return null;
  return sameParagraph || reportsSpeech(items, before) ? subject.person : null;
}


/** Subject pronouns that open a reported clause ("insisted he had"). */
const CLAUSE_SUBJECTS = /^(?:that|he|she|they|it|i|we)$/;

/**
 * Whether the sentence opening at `from` reports what its subject said, a speech verb taking a clause ("insisted he
 * had pulled out", "said that"), not a manner of speaking alone ("laughed at this").
 */
function reportsClause(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && items[k].sentence === items[from].sentence; k++) {
    if (items[k].kind === 'word' && SPEECH_VERBS.has(items[k].lower) && CLAUSE_SUBJECTS.test(items[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
