import { echoesName, nameCalledAlone, ownWords, vocativesIn } from './dialogue';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

/**
 * "“Feel pretty sick, Thea?” he asked.": a known person a quotation addresses by name is present in the scene, so a
 * she after it may be her. Each is a mention at the quotation, marked as addressed. One called in words the speaker
 * reports ("He said, ‘Evening, Ingrid.’") is not: those words were said to someone else, perhaps the speaker.
 * A turn that is a name alone ("“Barnaby.”") calls that person too, so a he after it may be the one called, not the
 * one who called; unless it answers a question ("Who?" "Barnaby.") or echoes a name the words before spoke of.
 */
export function learnAddressees(items: readonly Item[], table: PeopleTable): void {
  let previous = -1;
  for (let i = 0; i < items.length; i++) {
    if (items[i].kind !== 'quote') continue;
    const words = ownWords(items[i].text);
    const heard = previous >= 0 && items[previous].paragraph >= items[i].paragraph - 1 ? items[previous].text : null;
    previous = i;
    const alone = nameCalledAlone(words);
    const called = alone && !(heard !== null && (/\?\W*$/u.test(heard) || echoesName(words, [heard], alone))) ? [alone] : [];
    for (const v of [...vocativesIn(words), ...called]) {
      const person = table.personNamed(v);
      // The caller stands in the scene too: a call alone is a mention a he/she after it may take only when the text
      // has shown the called one's gender and their pronouns do not say otherwise, so it takes none of the caller's.
      if (!person || (v === alone && !surelyGendered(table, person))) continue;
      table.addMention(person, i, true);
      break;
    }
  }
}

/** Whether the text has shown `person`'s gender and no more of their pronouns are of the other one. */
function surelyGendered(table: PeopleTable, person: PersonRecord): boolean {
  const g = table.gender(person);
  return !!g && person.votes[g] >= person.votes[g === 'm' ? 'f' : 'm'];
}
