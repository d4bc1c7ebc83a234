import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import { writtenAsTeam } from './organisations';

// Sports teams as speakers: "“…,” the club said" is the team the article named, never a firm or a body named between
// ("Hargrove Economics, a consulting firm,"). News shows a name to be a team's by how it ends ("Wexcombe Rovers",
// "Ashby FC"), by its fans, players and titles ("Ellis Vale supporters", "the holders"), or by the result it is named
// in ("a 4-0 defeat by Cranleigh Town").

/** Body nouns news uses for a sports team: "the club said", "the side", "the team". */
export const TEAM_NOUNS: readonly string[] = ['club', 'team', 'side'];

/** Last words of sports teams' names, which no firm nor public body ends on: "Wexcombe Rovers", "Ashby FC". */
const TEAM_NAME_LAST = /^(?:fc|afc|united|rovers|wanderers|athletic|albion|rangers|harriers)$/;

/** How many items either side of a name its sentence's scoreline may stand. */
const SCORE_REACH = 30;

/** Words of a game's result: "a 4-0 home defeat", "won 2-1", "a 1-1 draw". */
const RESULT_WORDS = /^(?:win|wins|won|beat|beats|beaten|defeat|defeats|defeated|draw|draws|drew|drawn|victory|loss|lost|lose|loses|thrashing|thrashed)$/;
/** Nouns a count of votes is given with ("a 5-4 vote", "a 6-3 ruling"): no game. */
const TALLY_NOUNS = /^(?:vote|votes|ruling|decision|majority|margin|verdict)$/;
/** How many items from a score its result word may stand. */
const RESULT_REACH = 3;

/** The last item of a scoreline opening at item `k` ("4-0", or "2 – 1" with the dash apart), or -1. */
function scoreEnd(items: readonly Item[], k: number): number {
  const it = items[k];
  if (!isWord(it)) return -1;
  if (/^\d{1,2}[-–—]\d{1,2}$/.test(it.text)) return k;
  return /^\d{1,2}$/.test(it.text) && /^[-–—]$/.test(items[k + 1]?.text ?? '') && /^\d{1,2}$/.test(items[k + 2]?.text ?? '') ? k + 2 : -1;
}

/** Whether item `k` opens a game's result: a score with a result's word near it, no vote's count ("won 2-1", "a 4-0 defeat"). */
function scoreAt(items: readonly Item[], k: number): boolean {
  const end = scoreEnd(items, k);
  if (end < 0) return false;
  const near = items.slice(Math.max(0, k - RESULT_REACH), end + RESULT_REACH + 1).filter(isWord);
  return near.some((w) => RESULT_WORDS.test(w.lower)) && !near.some((w) => TALLY_NOUNS.test(w.lower));
}

/** Whether the sentence holding the name [first, last] gives a score: a result names the teams that played. */
function namedInResult(items: readonly Item[], first: number, last: number): boolean {
  const sentence = items[first].sentence;
  for (let k = Math.max(0, first - SCORE_REACH); k <= last + SCORE_REACH && k < items.length; k++) if (items[k].sentence === sentence && scoreAt(items, k)) return true;
  return false;
}

/** Whether the capitalised run [first, last] is written as a sports team's name. */
export function isTeamName(items: readonly Item[], first: number, last: number): boolean {
  return TEAM_NAME_LAST.test(normalizeWord(items[last].lower.replace(/['’]s?$/, ''))) || writtenAsTeam(items, first, last) || namedInResult(items, first, last);
}
