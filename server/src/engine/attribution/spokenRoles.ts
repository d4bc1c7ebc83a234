import { isDocumentOrBody } from './bodies';
import { GENERIC_PERSON_NOUNS, KIN } from './lexicon';
import { normalizeWord } from './names';
import { isWord, type Item } from './narration';
import type { Clause } from './clauses';

/**
 * "“…,” said the shepherd", "the brewer cried": a noun a speech clause makes a speaker after "the" is a calling in
 * that text, however rare (the lexicon lists only the common ones), so "Amos Thorne the shepherd" or "Mr. Pell,
 * the brewer," gives that name the role. Generic nouns ("the man"), kin, groups ("the ladies") and bodies ("the
 * report") stay out: they are no calling.
 */
export function spokenRoles(items: readonly Item[], clauses: Iterable<Clause>): Set<string> {
  const roles = new Set<string>();
  for (const c of clauses) {
    if (c.kind !== 'phrase' || items[c.first].lower !== 'the' || c.last - c.first > 3) continue;
    const head = items[c.last];
    if (!isWord(head) || head.capital || /['’]s?$/u.test(head.text)) continue;
    const noun = normalizeWord(head.lower);
    const plural = noun.endsWith('s') && !noun.endsWith('ss');
    if (!plural && !GENERIC_PERSON_NOUNS.has(noun) && !KIN.has(noun) && !isDocumentOrBody(noun)) roles.add(noun);
  }
  return roles;
}
