import { samePerson } from '../attribution/names';
import type { DocumentAnalysis, Person } from '../types';

/**
 * The draft's people by every name they are written with. samePerson reads the people table only for those written
 * exactly as one of the two names, so handing it just those gives the same answer without reading everyone (a long
 * draft names hundreds, and every quotation asks).
 */
export class DraftPeople {
  private readonly byForm = new Map<string, Person[]>();

  constructor(readonly people: readonly Person[]) {
    for (const p of people) {
      for (const form of [p.name, ...p.aliases]) {
        const key = form.toLowerCase();
        const list = this.byForm.get(key);
        if (!list) this.byForm.set(key, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }

  /** samePerson(a, b, people) over the whole people table. */
  same(a: string, b: string): boolean {
    const named = (n: string) => this.byForm.get(n.trim().toLowerCase()) ?? [];
    return samePerson(a, b, [...named(a), ...named(b)]);
  }
}

const byPeople = new WeakMap<readonly Person[], DraftPeople>();

/** The people of a draft analysis, indexed once per analysis. */
export function draftPeople(draft: DocumentAnalysis): DraftPeople {
  let people = byPeople.get(draft.people);
  if (!people) byPeople.set(draft.people, (people = new DraftPeople(draft.people)));
  return people;
}
