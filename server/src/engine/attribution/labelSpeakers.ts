import { handleOwner, isHandle } from './handles';
import { samePerson } from './names';
import type { PeopleTable, PersonRecord } from './people';

// A transcript labels its turns by the short form of a name the text around it gives in full: a surname ("QUIST"),
// the name the text says someone goes by ("Everyone calls him Dez" … "DEZ:"), a role one person was introduced in
// ("presenter Maeve Arkwright" … "PRESENTER:") or initials ("Jane Doyle" … "JD:"). The label stands for that person.
// An emergency call's transcript labels its parties by their part in it ("CALLER:"): the caller is the one the
// narration says the call was from ("This is the 999 from Mrs. Hollis"). A message log's handle is its owner's
// (handles.ts), and its "Me" a first-person narrator's.

/** "QUIST" as "Quist", "CALL HANDLER" as "Call Handler": a label in capitals written as a name is. */
function titled(label: string): string {
  return label === label.toUpperCase() ? label.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : label;
}

/** "JD", "J.D.": two or three capitals that can only be initials. */
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

/** The one person whose given names and surname open with the label's initials, in order. */
function initialled(label: string, table: PeopleTable): PersonRecord | null {
  const letters = label.replace(/\./g, '');
  const bearers = table.persons.filter((p) => p.core.length === letters.length && p.core.every((w, i) => w[0] === letters[i]) && !table.organisations.has(p));
  return bearers.length === 1 ? bearers[0] : null;
}

/**
 * "the 999 from Mrs. Hollis", "a call from Ed Moyle": a call or its recording, "from" and the caller's name. Read in
 * the text itself, as the words introducing a recording are often someone's own ("“This is the 999 from …,” she said").
 */
const CALL_FROM = /\b(?:call|calls|999|911|112|recording|voicemail)\s+from\s+((?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

/** How far back from a caller's first turn the words naming them are sought. */
const CALLER_REACH = 600;

const HONORIFIC = /^(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+/;

/**
 * The one the words before `at` last say a call came from: a person of the text, else the name as the text gives it
 * in full anywhere, in someone's words too ("her neighbour, Mrs. Brenda Hollis"), honorific dropped.
 */
function callerBefore(text: string, table: PeopleTable, at: number): string | null {
  let name: string | null = null;
  for (const m of text.slice(Math.max(0, at - CALLER_REACH), at).matchAll(CALL_FROM)) name = m[1];
  if (!name) return null;
  const known = table.personNamed(name);
  if (known) return known.name;
  const surname = name.replace(HONORIFIC, '');
  const full = new RegExp(String.raw`(?<![\p{L}.])(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,2}${surname})\b`, 'u').exec(text);
  return full ? full[1] : surname;
}

/**
 * A turn label's speaker: the person of the text it stands for, else the label written as a name ("PUTIN" as "Putin").
 * `at` is where the label's first turn stands; `narrator` is a first-person narrator's name, if the text has one.
 */
export function labelSpeaker(label: string, at: number, text: string, table: PeopleTable, narrator: () => string | null = () => null): string {
  const owner = isHandle(label) ? handleOwner(label, text, table) : null;
  if (owner) return owner;
  // A phone shows its owner's messages as "Me": in a story told by an "I", the narrator's.
  const own = label === 'Me' ? narrator() : null;
  if (own) return own;
  const known = table.persons.find((p) => samePerson(p.name, label)) ??
    table.personNamed(titled(label)) ??
    (INITIALS.test(label) ? initialled(label, table) : null);
  if (known && known.name !== 'I') return known.name;
  return (/^caller$/i.test(label) ? callerBefore(text, table, at) : null) ?? titled(label);
}
