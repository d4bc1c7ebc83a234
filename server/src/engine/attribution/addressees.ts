import { ownWords, vocativesIn } from './dialogue';
import type { Item } from './narration';
import type { PeopleTable } from './people';

/**
 * "“Feel pretty sick, Thea?” he asked.": a known person a quotation addresses by name is present in the scene, so a
 * she after it may be her. Each is a mention at the quotation, marked as addressed. One called in words the speaker
 * reports ("He said, ‘Evening, Ingrid.’") is not: those words were said to someone else, perhaps the speaker.
 */
export function learnAddressees(items: readonly Item[], table: PeopleTable): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i].kind !== 'quote') continue;
    for (const v of vocativesIn(ownWords(items[i].text))) {
      const person = table.personNamed(v);
      if (!person) continue;
      table.addMention(person, i, true);
      break;
    }
  }
}
