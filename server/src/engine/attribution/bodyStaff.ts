import { isDocumentNoun, isDocumentOrBody } from './bodies';
import { isPersonNoun } from './clauses';
import { PRONOUN_GENDER } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// "On the picket line, the union’s regional secretary, Sean Mulvaney, said … “…,” the union official said": a role
// phrase whose modifier is a body's noun ("the union official", "the council spokeswoman") is the one person the text
// introduced as that body's, whatever their own role's words, rather than whoever was named last.

/** How far back (in items, about a long article) the body's people are sought. */
const LOOKBACK = 3000;
/** How many words a role may hold between the body's possessive and the name's comma ("the union’s regional secretary,"). */
const ROLE_WORDS = 3;

/** Whether the name at item `name` is brought in as `body`'s: "the union’s regional secretary, Sean Mulvaney". */
function introducedAsOf(items: readonly Item[], name: number, body: string): boolean {
  if (items[name - 1]?.text !== ',') return false;
  for (let k = name - 2; k >= Math.max(0, name - 2 - ROLE_WORDS) && isWord(items[k]) && !items[k].capital; k--) {
    if (/['’]s$/u.test(items[k].text) && normalizeWord(items[k].lower.replace(/['’]s$/u, '')) === body) return true;
  }
  return false;
}

/** The one person introduced as the body's that the phrase [first, last] ("the union official") names by its noun, if only one. */
export function staffOfBody(items: readonly Item[], table: PeopleTable, first: number, last: number): PersonRecord | null {
  if (items[first].lower !== 'the' || last !== first + 2) return null;
  const body = normalizeWord(items[first + 1].lower);
  if (!isDocumentOrBody(body) || isDocumentNoun(body) || !isPersonNoun(items[last].lower)) return null;
  let found: PersonRecord | null = null;
  for (const m of table.mentionsWithin(Math.max(0, first - LOOKBACK), first - 1)) {
    if (!items[m.item].capital || PRONOUN_GENDER.has(items[m.item].lower) || !introducedAsOf(items, m.item, body)) continue;
    if (found && found !== m.person) return null;
    found = m.person;
  }
  return found;
}
