import { PRONOUN_GENDER } from './lexicon';
import { isWord, sentenceStart, type Item } from './narration';
import { isLeadingFunctionWord, type PeopleTable, type PersonRecord } from './people';

// Fiction gives a character a name the family or the school uses, and says so once: "Moth—Clare Mottram on her birth
// certificate", "Alastair Fraser-Innes had been called Fishy at school", "Catherine, whom nobody had called anything
// but Kitty", "His real name is Benedict". The two names are one person, whoever speaks under either.

/** Words that may stand between a bearer and "called": "had been", ", whom nobody had", "was always". */
const BEFORE_CALLED = new Set([
  ',', 'had', 'has', 'have', 'been', 'was', 'is', 'be', 'being', 'always', 'never', 'ever', 'once', 'usually', 'often',
  'whom', 'who', 'nobody', 'everyone', 'everybody', 'anyone', 'people', 'they', 'since', 'by', 'all', 'generally',
]);

/** Words that may stand between "called" and the nickname: "nothing but", "anything but", "only". */
const AFTER_CALLED = new Set(['nothing', 'anything', 'else', 'but', 'only', 'simply', 'just', 'always']);

/** Verbs that give a name someone goes by, with the word that comes before the name ("known as"). */
const NAMING_VERBS: ReadonlyMap<string, string | null> = new Map([['called', null], ['nicknamed', null], ['dubbed', null], ['known', 'as']]);

/** Words before "called" that make it a naming, not a call: a passive, or "whom". */
const NAMING_CALLED = new Set(['been', 'was', 'is', 'were', 'be', 'being', 'whom']);

/** How many words may stand between a naming verb and its word ("known to everyone in the village as"). */
const PARTICLE_REACH = 5;

/** Words that may follow a nickname, ending the naming ("called Fishy at school"), where "called Noor a genius" goes on. */
const AFTER_NICKNAME = new Set(['at', 'in', 'by', 'since', 'and', 'but', 'from', 'to', 'when', 'because', 'for', 'ever', 'all', 'until', 'throughout', 'then', 'even', 'except', 'on', 'among', 'as']);

const DASHES = /^(?:—|–|--)$/;

/** How many items a naming phrase may hold between its bearer or verb and the name. */
const REACH = 6;

/** Makes one person of every two names the narration says are one. */
export function learnNicknames(items: readonly Item[], table: PeopleTable): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const pair = calledPair(items, table, i) ?? dashPair(items, table, i) ?? nameToPair(items, table, i) ?? realNamePair(items, table, i) ?? asideNamePair(items, table, i) ?? christenedPair(items, table, i) ?? copulaNamePair(items, table, i) ?? usedByPair(items, table, i);
    if (pair) table.merge(pair[0], pair[1]);
  }
}

/**
 * The person of the one-word name at item `k` ("Fishy", not "Fishy Innes"): the one the table knows so called, else a
 * new one, as the naming shows it to be a person's name.
 */
function loneNamed(items: readonly Item[], table: PeopleTable, k: number): PersonRecord | null {
  const it = items[k];
  const next = items[k + 1];
  if (!isWord(it) || !it.capital || (isWord(next) && next.capital)) return null;
  const known = table.mentionAt(k)?.person ?? table.personNamed(it.text);
  if (known) return known;
  const person = table.personFor(k, k);
  table.addMention(person, k);
  return person;
}

/** "Alastair Fraser-Innes had been called Fishy", "Catherine, whom nobody called anything but Kitty". */
function calledPair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  const particle = NAMING_VERBS.get(items[i].lower);
  if (particle === undefined || !isWord(items[i])) return null;
  // "everyone called him Tubby": the nickname is the object's, whom the him was read as.
  const object = !particle && /^(?:him|her)$/.test(items[i + 1]?.lower ?? '') ? i + 1 : -1;
  let k = object > 0 ? i + 2 : i + 1;
  if (particle) {
    while (k < items.length && k <= i + PARTICLE_REACH && isWord(items[k]) && items[k].lower !== particle) k++;
    if (items[k]?.lower !== particle) return null;
    k++;
  }
  const first = k;
  while (k < items.length && k <= i + REACH && AFTER_CALLED.has(items[k].lower)) k++;
  // "called him anything but the Owl": a nickname may keep its article.
  if (items[k]?.lower === 'the' && isWord(items[k + 1]) && items[k + 1].capital && table.mentionAt(k + 1)) k++;
  if (!(k < items.length) || items[k].sentence !== items[i].sentence) return null;
  const after = items[k + 1];
  if (/['’]s$/u.test(items[k].text) || (isWord(after) && after.sentence === items[k].sentence && !AFTER_NICKNAME.has(after.lower))) return null;
  const bearer = object > 0 ? table.mentionAt(object)?.person : bearerBefore(items, table, i, items[i].lower !== 'called' || k > first);
  const nickname = bearer ? loneNamed(items, table, k) : null;
  return bearer && nickname ? [bearer, nickname] : null;
}

/** Where the namers are: "whom everyone in Vauclaire called", "at school". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'around', 'about']);

/** Whether item `b` is a place's preposition or its one word: "in" or "Vauclaire" of "whom everyone in Vauclaire called". */
function inPlace(items: readonly Item[], b: number): boolean {
  return PLACE_PREPOSITIONS.has(items[b].lower) || (isWord(items[b]) && PLACE_PREPOSITIONS.has(items[b - 1]?.lower ?? ''));
}

/**
 * The one a naming verb at item `i` names, just before it: a name, or a he/she as it was read ("he had been called
 * nothing but Tubby"). "Called" names only as a passive or after "whom" unless `naming` ("Tom called Mary at noon").
 */
function bearerBefore(items: readonly Item[], table: PeopleTable, i: number, naming: boolean): PersonRecord | undefined {
  const relative = whomBearer(items, table, i);
  if (relative) return relative;
  let b = i - 1;
  for (; b >= 0 && b >= i - REACH && items[b].sentence === items[i].sentence && (BEFORE_CALLED.has(items[b].lower) || inPlace(items, b)); b--) naming ||= NAMING_CALLED.has(items[b].lower);
  if (!naming || b < 0 || items[b].sentence !== items[i].sentence) return undefined;
  if (!items[b].capital && !PRONOUN_GENDER.has(items[b].lower)) return undefined;
  // A name's mention is at its first word ("Alastair Fraser-Innes").
  const run = items[b].capital ? table.runBefore(b) : [b, b];
  return run ? table.mentionAt(run[0])?.person : undefined;
}

/** How many items a "whom" clause may hold before its "called": "whom everybody aboard, the officers included, called". */
const WHOM_REACH = 10;

/** Words that make "called" after them a passive: "who was called", "who had been called". */
const PASSIVE_AUXILIARIES = /^(?:was|is|were|been|being)$/;

/**
 * "Nathaniel Oakes, whom everybody aboard, the officers included, called Gaffer": "whom" is the object of its clause's
 * verb, so whatever stands between it and "called", the name the relative clause is set after bears the nickname.
 * So does the subject of a passive after "who": "Robert Gale, who was eleven and known to the family as Bobs".
 */
function whomBearer(items: readonly Item[], table: PeopleTable, i: number): PersonRecord | undefined {
  let w = i - 1;
  while (w > 0 && w >= i - WHOM_REACH && items[w].sentence === items[i].sentence && items[w].lower !== 'whom' && items[w].lower !== 'who') w--;
  const passive = items[i].lower === 'called' ? PASSIVE_AUXILIARIES.test(items[i - 1]?.lower ?? '') : items.slice(w + 1, i).some((x) => PASSIVE_AUXILIARIES.test(x.lower));
  const relative = items[w]?.lower === 'whom' || (items[w]?.lower === 'who' && passive);
  if (!relative || items[w - 1]?.text !== ',' || !isWord(items[w - 2]) || !items[w - 2].capital) return undefined;
  const run = table.runBefore(w - 2);
  return run ? table.mentionAt(run[0])?.person : undefined;
}

/** "Teddy—Theodore Vance, chef-owner": a lone name, a dash, then a full name. */
function dashPair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  // The kind first: this runs at every item.
  if (items[i].kind !== 'punct' || !DASHES.test(items[i].text)) return null;
  const full = isWord(items[i + 1]) && items[i + 1].capital ? table.mentionAt(i + 1)?.person : undefined;
  if (!full || full.core.length < 2 || !isWord(items[i - 1]) || isLeadingFunctionWord(items[i - 1].text)) return null;
  // "Lucy—Mary Smith's daughter—": a name in the possessive is someone else, the one the dash's phrase is of.
  const run = table.runAfter(i + 1);
  if (!run || /['’]s$/u.test(items[run[1]].text)) return null;
  const nickname = loneNamed(items, table, i - 1);
  return nickname ? [full, nickname] : null;
}

/** Words after "to" that say whom a nickname is used by ("Teddy to everyone", "Moose to his friends"). */
const USERS = new Set(['everyone', 'everybody', 'all', 'his', 'her', 'their', 'friends', 'family', 'the', 'most']);

/**
 * "Theodore Vance—Teddy to everyone—", "Theodore Vance (Moose to his friends)", "Marcus Hale, who is Moose to everyone
 * but his mother,": a full name, then its nickname and whose.
 */
function nameToPair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  if (items[i].kind !== 'punct' || !(DASHES.test(items[i].text) || /^[(,]$/.test(items[i].text))) return null;
  const n = items[i + 1]?.lower === 'who' && /^(?:is|was)$/.test(items[i + 2]?.lower ?? '') ? i + 3 : i + 1;
  if (items[n + 1]?.lower !== 'to' || !USERS.has(items[n + 2]?.lower ?? '') || !isWord(items[i - 1]) || !items[i - 1].capital) return null;
  const run = table.runBefore(i - 1);
  const full = run ? table.mentionAt(run[0])?.person : undefined;
  if (!full || full.core.length < 2 || !isWord(items[n]) || isLeadingFunctionWord(items[n].text)) return null;
  const nickname = loneNamed(items, table, n);
  return nickname ? [full, nickname] : null;
}

/** Words that may stand before a nickname given to its users after a copula: "and Tobe to everybody else", "and therefore Doc". */
const BEFORE_USED_NICKNAME = new Set(['and', 'but', ',', 'therefore', 'so', 'simply', 'just', 'always', 'plain']);

/**
 * "I was Tobias Rook on the license and Tobe to everybody else", "Hector Quiroga, who was the platoon medic and
 * therefore Doc to everyone": a sentence that says what one full-named person is, then a lone name and whom it is used
 * by, gives that person's nickname.
 */
function usedByPair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  // The plain comparison first: this runs at every item.
  if (items[i + 1]?.lower !== 'to' || !USERS.has(items[i + 2]?.lower ?? '') || !isWord(items[i]) || !items[i].capital || isLeadingFunctionWord(items[i].text)) return null;
  const before = items[i - 1];
  if (!before || before.sentence !== items[i].sentence || !BEFORE_USED_NICKNAME.has(before.lower)) return null;
  if (isWord(before) && !/^(?:and|but)$/.test(before.lower) && !BEFORE_USED_NICKNAME.has(items[i - 2]?.lower ?? '')) return null;
  const first = sentenceStart(items, i);
  // "I was …": the narrator's own names are narratorNames.ts's to read, as the one the story is told by.
  const said = items.slice(first, i);
  if (!said.some((x) => /^(?:was|is)$/.test(x.lower)) || said.some((x) => x.text === 'I')) return null;
  const named = new Set(table.mentionsWithin(first, i - 1).filter((m) => items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower)).map((m) => m.person));
  const [full] = named;
  if (named.size !== 1 || full.core.length < 2) return null;
  const nickname = loneNamed(items, table, i);
  return nickname && nickname !== full ? [full, nickname] : null;
}

/** "Bunny came down the stairs. He's six. His real name is Benedict": the real name of the one the his refers to. */
function realNamePair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  // The plain comparison first: this runs at every item.
  if (items[i + 1]?.lower !== 'name' || !/^(?:real|full|proper|given|christian|baptismal)$/.test(items[i].lower) || !/^(?:is|was)$/.test(items[i + 2]?.lower ?? '')) return null;
  const owner = /^(?:his|her)$/.test(items[i - 1].lower) ? table.mentionAt(i - 1)?.person : undefined;
  const real = isWord(items[i + 3]) && items[i + 3].capital ? table.mentionAt(i + 3)?.person : undefined;
  return owner && real && owner !== real ? [real, owner] : null;
}

/**
 * "Tubby — his name is Hubert Wetherall, but nobody has called him that": an aside set off after a name, saying what
 * their name is, gives the full name of the one just named.
 */
function asideNamePair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  // The plain comparison first: this runs at every item.
  if (items[i].lower !== 'name' || !/^(?:his|her)$/.test(items[i - 1]?.lower ?? '') || !/^(?:is|was)$/.test(items[i + 1]?.lower ?? '')) return null;
  if (!(DASHES.test(items[i - 2]?.text ?? '') || items[i - 2]?.text === '(') || !isWord(items[i - 3]) || !items[i - 3].capital) return null;
  const run = table.runBefore(i - 3);
  const named = run ? table.mentionAt(run[0])?.person : undefined;
  const real = isWord(items[i + 2]) && items[i + 2].capital ? table.mentionAt(i + 2)?.person : undefined;
  return named && real && named !== real && real.core.length > 1 ? [real, named] : null;
}

/** Verbs that give the name someone was born or baptised with. */
const CHRISTENED = /^(?:christened|baptised|baptized|named)$/;

/**
 * "The Owl … settled himself on the bracken. He had been christened Percival Pendry": the name the one a he/she refers
 * to was given at birth, when it is a full name, is the name of the one the narration has been calling otherwise.
 */
function christenedPair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  if (!CHRISTENED.test(items[i].lower) || items[i - 1]?.lower !== 'been' || !/^(?:had|has|was)$/.test(items[i - 2]?.lower ?? '')) return null;
  const subject = items[i - 3];
  if (!subject || !/^(?:he|she)$/.test(subject.lower) || subject.sentence !== items[i].sentence) return null;
  const bearer = table.mentionAt(i - 3)?.person;
  const given = isWord(items[i + 1]) && items[i + 1].capital ? table.mentionAt(i + 1)?.person : undefined;
  return bearer && given && bearer !== given && given.core.length > 1 ? [given, bearer] : null;
}

/**
 * "Mags had built the model herself. On the lease she was Marguerite Oduya": a he/she that "is" or "was" a full name
 * the text names there for the first time is the one the narration had been calling otherwise; a copula between a
 * pronoun and a name says who the person is.
 */
function copulaNamePair(items: readonly Item[], table: PeopleTable, i: number): [PersonRecord, PersonRecord] | null {
  // The plain comparison first: this runs at every item.
  if (!/^(?:was|is)$/.test(items[i].lower) || !/^(?:he|she)$/.test(items[i - 1]?.lower ?? '') || items[i - 1].sentence !== items[i].sentence) return null;
  const bearer = table.mentionAt(i - 1)?.person;
  const full = isWord(items[i + 1]) && items[i + 1].capital ? table.mentionAt(i + 1)?.person : undefined;
  // The pronoun is surely the one-word name's when the sentence before or its own names that person and no one else.
  if (!bearer || !full || bearer === full || full.core.length < 2 || bearer.core.length > 1 || !namedJustBefore(items, table, i - 1, bearer)) return null;
  // "She was Mary Smith's daughter": a name in the possessive is someone else's.
  const run = table.runAfter(i + 1);
  if (!run || /['’]s$/u.test(items[run[1]].text) || isWord(items[run[1] + 1])) return null;
  return table.mentionsWithin(0, i).some((m) => m.person === full) ? null : [full, bearer];
}

/** Whether `person`, alone, is named (not a he/she) in the sentence before the pronoun at item `p` or in its own before it. */
function namedJustBefore(items: readonly Item[], table: PeopleTable, p: number, person: PersonRecord): boolean {
  let first = p;
  while (first > 0 && items[first - 1].sentence >= items[p].sentence - 1) first--;
  const named = table.mentionsWithin(first, p - 1).filter((m) => items[m.item].capital && !PRONOUN_GENDER.has(items[m.item].lower));
  return named.length > 0 && named.every((m) => m.person === person);
}
