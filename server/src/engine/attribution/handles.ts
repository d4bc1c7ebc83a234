import type { PeopleTable, PersonRecord } from './people';

// A message log labels its senders by their handles ("priya.r", "@sammyw", "leo"). A handle stands for the person
// the text gives it to ("Priya Raman (priya.r)", "@sammyw, Sam Whitlock,"), else for the one person whose first name
// the handle's letters open with, as users make handles of their names ("priya.r" of Priya, "sammy w" of Sam
// Whitlock, the initial after it agreeing with the surname).

/** A handle as the label shows it: an "@", lower-case letters, a word with a dot, an underscore or a digit. */
export function isHandle(label: string): boolean {
  return /^(?:@|\p{Ll}|[\p{L}\p{N}]*[._\d][\p{L}\p{N}._]*$)/u.test(label);
}

/** `s` as a pattern matching it literally. */
export const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as the text writes one: capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}`;

/** The name the text gives the handle: "Priya Raman (priya.r)", "priya.r (Priya Raman)", "Sam Whitlock, @sammyw,". */
function givenTo(handle: string, text: string): string | null {
  const h = escaped(handle);
  const m = new RegExp(String.raw`(${NAME})[ \t]*(?:\([ \t]*${h}[ \t]*\)|,[ \t]*${h}\b)|(?<![\p{L}\p{N}._@])${h}[ \t]*\([ \t]*(${NAME})[ \t]*\)`, 'u').exec(text);
  return m ? m[1] ?? m[2] : null;
}

/** The handle's letters: its first run of them, and the initial a second run opens with ("sammy w": "sammy", "w"). */
function lettersOf(handle: string): { first: string; initial: string | null } | null {
  const runs = handle.replace(/^@/, '').toLowerCase().match(/\p{L}+/gu);
  return runs ? { first: runs[0], initial: runs[1]?.[0] ?? null } : null;
}

/** Whether a handle's first letters and a first name are one name written at two lengths ("sammy" of Sam; "leo"). */
function opensName(letters: string, first: string): boolean {
  const [short, long] = letters.length <= first.length ? [letters, first] : [first, letters];
  return long.startsWith(short) && (short.length >= 3 || short === long);
}

/** The one person of the text a handle's letters open the first name of; the initial after them picks among several. */
function namedByLetters(handle: string, table: PeopleTable): PersonRecord | null {
  const letters = lettersOf(handle);
  if (!letters) return null;
  const people = table.persons.filter((p) => p.name !== 'I' && !table.organisations.has(p) && p.core.length > 0);
  const bearers = people.filter((p) => opensName(letters.first, p.core[0].toLowerCase()));
  if (bearers.length <= 1) return bearers[0] ?? null;
  // Several: the one written in full with the handle's surname initial, else the one whose first name the letters are.
  const byInitial = letters.initial ? bearers.filter((p) => p.core.length > 1 && p.core[p.core.length - 1][0].toLowerCase() === letters.initial) : [];
  if (byInitial.length === 1) return byInitial[0];
  const exact = bearers.filter((p) => p.core[0].toLowerCase() === letters.first);
  const fullest = exact.filter((p) => p.core.length === Math.max(...exact.map((e) => e.core.length)));
  return fullest.length === 1 ? fullest[0] : null;
}

/** The person of the text a message log's handle stands for, or null. */
export function handleOwner(handle: string, text: string, table: PeopleTable): string | null {
  const given = givenTo(handle, text);
  if (given) return table.personNamed(given)?.name ?? given;
  return namedByLetters(handle, table)?.name ?? null;
}
