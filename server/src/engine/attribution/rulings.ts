import { isWord, type Item } from './narration';

// Courts, tribunals, inquiries and inspectors give their words as findings: "the tribunal found that the dismissal was
// “…”", "the judge ruled that the search had been “…”", "the court held that the ban was “…”". A verb of finding or
// ruling whose object is a "that" clause reports its subject's conclusion as a speech verb does its words; without the
// "that" it is a deed ("held a meeting", "ruled the country", "found the keys").

/** Verbs of finding and ruling, every inflection; "conclude" and "judge" are speech or written verbs already. */
const FINDING_VERBS = /^(?:find|finds|found|rule|rules|ruled|hold|holds|held)$/;

/** Whether `lower` is a verb of finding or ruling ("found", "rules"). */
export const isFindingVerb = (lower: string): boolean => FINDING_VERBS.test(lower);

/** Whether the word at `v` is a verb of finding or ruling with a "that" clause for its object. */
export function findsThat(items: readonly Item[], v: number): boolean {
  return isWord(items[v]) && FINDING_VERBS.test(items[v].lower) && items[v + 1]?.lower === 'that' && items[v + 1].sentence === items[v].sentence;
}
