import { vocativesIn } from './dialogue';
import type { Item } from './narration';
import type { PeopleTable } from './people';

/**
 * "“Feel pretty sick, Thea?” he asked.": a known person a quotation addresses by name is present in the scene, so a
 * she after it may be her. Each is a mention at the quotation, marked as addressed.
 */
export function learnAddressees(items: readonly Item[], table: PeopleTable): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i].kind !== 'quote') continue;
    for (const v of vocativesIn(items[i].text)) {
      const person = table.personNamed(v);
      if (!person) continue;
      table.addMention(person, i, true);
      break;
    }
  }
}
