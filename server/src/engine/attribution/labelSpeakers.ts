import { samePerson } from './names';
import type { PeopleTable, PersonRecord } from './people';

// A transcript labels its turns by the short form of a name the text around it gives in full: a surname ("QUIST"),
// the name the text says someone goes by ("Everyone calls him Dez" … "DEZ:"), a role one person was introduced in
// ("presenter Maeve Arkwright" … "PRESENTER:") or initials ("Jane Doyle" … "JD:"). The label stands for that person.

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

/** A turn label's speaker: the person of the text it stands for, else the label written as a name ("PUTIN" as "Putin"). */
export function labelSpeaker(label: string, table: PeopleTable): string {
  const known = table.persons.find((p) => samePerson(p.name, label)) ??
    table.personNamed(titled(label)) ??
    (INITIALS.test(label) ? initialled(label, table) : null);
  return known && known.name !== 'I' ? known.name : titled(label);
}
