import type { Attribution } from '../types';
import { ownWords, vocativesIn } from './dialogue';
import { GIVEN_NAME_GENDER, isPetFormOf } from './givenNames';
import { tieOf, tiesInRoles } from './kinship';
import type { Gender } from './lexicon';
import { normalizeWord, parseName, samePerson } from './names';
import type { Item } from './narration';
import { KIN_ADDRESS, isNarrator, type PeopleTable, type PersonRecord } from './people';

// "“I heard what he said, Asa,” said Ma. … “I know you heard, Verna.”": family fiction cues a parent by what the
// children call them ("said Pa", "Mom said"), while the other parent calls them by name. A turn calls by name the one
// it answers, or the one who answers it: so a kin call speaking next to a turn that calls a name is that name. Only
// when every such exchange gives the kin call one name, of the kin's sex, no other kin call gets, and the narration
// never cues by that name (one cued both as "said Asa" and as "said Pa" would be two people) nor made another relative.

/** How many paragraphs of narration may stand between a turn and its answer ("Pa looked at her, …"). */
const ANSWER_REACH = 2;

const KIN_GENDER: Readonly<Record<string, Gender>> = { mother: 'f', grandmother: 'f', father: 'm', grandfather: 'm' };

/** The kin noun a person known only by a kin call ("Dad", "Ma") stands for, if they are one. */
function kinCalled(p: PersonRecord): string | null {
  return p.core.length === 1 && !isNarrator(p) ? KIN_ADDRESS.get(normalizeWord(p.core[0])) ?? null : null;
}

/** A kin-called speaker and the name their exchanges call them, as fully as the text gives it ("Raymond Marchbank" for "Ray"). */
export interface NamedKinCall {
  readonly kin: PersonRecord;
  readonly name: string;
  readonly forms: ReadonlySet<string>;
}

/** The name each kin-called speaker is, by the exchanges they speak in. */
export function namedKinCalls(items: readonly Item[], table: PeopleTable, quoteItems: readonly number[], attributions: readonly Attribution[], cuedByName: ReadonlySet<PersonRecord>): NamedKinCall[] {
  const byName = new Map<string, PersonRecord>();
  for (const p of table.persons) if (!byName.has(p.name)) byName.set(p.name, p);
  const kinOf = (speaker: string | null) => {
    const p = speaker === null ? undefined : byName.get(speaker);
    return p && kinCalled(p) ? p : null;
  };
  const calls = quoteItems.map((qi) => vocativesIn(ownWords(items[qi].text)));
  const allCalls = calls.flat();
  const speakerAt = (k: number) => attributions[items[quoteItems[k]].quote].speaker;
  // A turn is its speaker's quotations of one paragraph: "“…, Asa,” said Ma. “I was standin’ right here.”" calls Asa.
  const turnCalls = (k: number, step: -1 | 1) => {
    const found: string[] = [];
    for (let j = k; j >= 0 && j < quoteItems.length && items[quoteItems[j]].paragraph === items[quoteItems[k]].paragraph && speakerAt(j) === speakerAt(k); j += step) found.push(...calls[j]);
    return found;
  };
  const votes = new Map<PersonRecord, Set<string>>();
  // The shorter forms each fullest name was called by ("Ray"), which turns given to the one called carry.
  const forms = new Map<string, Set<string>>();
  for (let k = 1; k < quoteItems.length; k++) {
    const [a, b] = [quoteItems[k - 1], quoteItems[k]];
    const gap = items[b].paragraph - items[a].paragraph;
    const [sa, sb] = [attributions[items[a].quote].speaker, attributions[items[b].quote].speaker];
    if (gap < 1 || gap > ANSWER_REACH + 1 || !sa || !sb || sa === sb) continue;
    for (const [caller, called, answerer] of [[sa, turnCalls(k - 1, -1), sb], [sb, turnCalls(k, 1), sa]] as const) {
      const kin = kinOf(answerer);
      if (!kin) continue;
      const names = votes.get(kin) ?? new Set<string>();
      // "Mama, are you mad?" calls a kin word, no name.
      for (const v of called) {
        if (samePerson(v, caller) || KIN_ADDRESS.has(normalizeWord(v))) continue;
        const name = nameOf(table, v);
        const fullest = fullestCall(allCalls, name);
        names.add(fullest);
        forms.set(fullest, (forms.get(fullest) ?? new Set()).add(name));
      }
      votes.set(kin, names);
    }
  }
  const named: NamedKinCall[] = [];
  const claimed = new Map<string, number>();
  for (const names of votes.values()) for (const n of names) claimed.set(n, (claimed.get(n) ?? 0) + 1);
  for (const [kin, names] of votes) {
    if (names.size !== 1) continue;
    const [name] = names;
    const person = table.personNamed(name);
    const gender = (person && table.gender(person)) ?? parseName(name).gender ?? GIVEN_NAME_GENDER.get(normalizeWord(parseName(name).core[0] ?? ''));
    const noun = kinCalled(kin)!;
    if (claimed.get(name) !== 1 || gender !== KIN_GENDER[noun] || kinOf(name) || (person && (isNarrator(person) || cuedByName.has(person) || otherRelative(person, noun)))) continue;
    named.push({ kin, name, forms: forms.get(name)! });
  }
  return named;
}

/** Whether the text made `p` a relative the kin call cannot be ("My sister Alice" is no one's "Mom"): not a parent, nor a spouse. */
function otherRelative(p: PersonRecord, noun: string): boolean {
  const own = tieOf(noun)?.[0];
  return tiesInRoles(p.roles).some((tie) => tie !== own && tie !== 'spouse');
}

/** The name a vocative calls someone by: the person's the table knows it for, else the words themselves. */
function nameOf(table: PeopleTable, vocative: string): string {
  return table.personNamed(vocative)?.name ?? vocative;
}

/** The fullest name the dialogue calls `name` by: "Raymond Marchbank, you get away from that engine" for "Ray". */
function fullestCall(calls: readonly string[], name: string): string {
  const core = parseName(name).core.map(normalizeWord);
  const fuller = new Set(calls.filter((c) => {
    const other = parseName(c).core.map(normalizeWord);
    if (other.length <= core.length) return false;
    const given = core[0] === other[0] || isPetFormOf(core[0], other[0]);
    return given && (core.length === 1 || core[core.length - 1] === other[other.length - 1]);
  }));
  return fuller.size === 1 ? [...fuller][0] : name;
}
