// The people a top-level quotation could be said by, as the engine's own structures know them (its answer, the
// speakers of the turns before, the people its people table finds near), each with cheap features a ranker weighs.
// Experiment only (see trainRanker.ts): it reads the engine's narration, clauses, people table and answers.
import type { Attribution, ProseView, Quotation } from '../../server/src/engine/types';
import { attributeQuotations, learnPeople, type AttributionResult } from '../../server/src/engine/attribution/attribute';
import { clauseOf, type Clause } from '../../server/src/engine/attribution/clauses';
import { narrationItems, paragraphing, sentenceStart, type Item } from '../../server/src/engine/attribution/narration';
import { spokenRoles } from '../../server/src/engine/attribution/spokenRoles';
import { toldInFirstPerson } from '../../server/src/engine/attribution/firstPerson';
import { runSteps } from '../../server/src/engine/steps';
import { isNarrator, type PeopleTable, type PersonRecord } from '../../server/src/engine/attribution/people';
import { PRONOUN_GENDER } from '../../server/src/engine/attribution/lexicon';
import { samePerson } from '../../server/src/engine/attribution/names';
import { cueKind, type CueKind } from './attribution';

export interface Candidate {
  readonly speaker: string;
  readonly features: Float64Array;
}

export interface RankedQuotation {
  /** Index of the quotation in the list attribution was given. */
  readonly quote: number;
  readonly cue: CueKind;
  readonly candidates: Candidate[];
  /** The candidate that is the engine's answer, -1 when it gave none. */
  readonly engine: number;
}

/** The base features; each is also crossed with the quotation's cue kind (see FEATURES). */
const BASE = [
  'engine', 'engineFromClause', 'prev1', 'prev2', 'prev3', 'prev1SameParagraph', 'prev2Alternates',
  'spokeLog', 'neverSpoke', 'mentionedHere', 'mentionedAfter', 'subjectHere', 'pronounHere', 'mentionedPara1', 'mentionedPara2',
  'mentionLog', 'neverMentioned', 'addressedBefore', 'addressedHere', 'genderAgrees', 'genderDisagrees', 'narrator',
  'docMentionsLog', 'lastMentionedHere', 'isPerson', 'prev1OtherParagraph', 'next1', 'next2', 'next1Cued', 'next2Cued',
  'subjectHereNarrated', 'narratedParagraph', 'firstInParagraph', 'anchorBeforeEven', 'anchorBeforeOdd', 'anchorAfterEven',
  'anchorAfterOdd',
] as const;
export const KINDS: readonly CueKind[] = ['name', 'description', 'pronoun', 'none'];
/** Each base feature, crossed with the cue kind, and again for the engine's answer alone crossed with the cue kind. */
export const FEATURES: readonly string[] = [...BASE, ...KINDS.flatMap((k) => BASE.map((f) => `${f}|${k}`)), ...KINDS.flatMap((k) => BASE.map((f) => `${f}&engine|${k}`))];
const at = new Map<string, number>(BASE.map((f, i) => [f, i]));

/** How many quotations back a previous speaker is a candidate. */
const TURNS_BACK = 6;
/** How many quotations each way are searched for a cued turn. */
const ANCHOR_REACH = 6;
/** How many paragraphs before the quotation's own are read for the people in reach. */
const PARAGRAPHS_BACK = 2;

/** A quotation's place, to find it again among the engine's answers (which also hold transcript turns, sorted). */
export const placeOf = (q: { outer: { start: number }; inner: { start: number }; depth: number }) => `${q.outer.start}:${q.inner.start}:${q.depth}`;

/**
 * The engine's answers for a text's quotations and the candidates of each top-level one, from the narration, clauses
 * and people table the engine builds (built again here as the engine builds them, up to its people table).
 */
export function candidatesOf(view: ProseView, quotations: readonly Quotation[]): { result: AttributionResult; ranked: RankedQuotation[] } {
  const result = attributeQuotations(view, quotations);
  const byPlace = new Map(result.quotations.map((q) => [placeOf(q), q.attribution]));
  const attributions = quotations.map((q) => byPlace.get(placeOf(q))!);
  const top = quotations.map((q, index) => ({ q, index })).filter(({ q }) => q.depth === 0);
  const items = narrationItems(view.text, { start: 0, end: view.text.length }, top, paragraphing(view.text));
  const quoteItems: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].kind === 'quote') quoteItems.push(i);
  const clauses = new Map<number, Clause>();
  for (const qi of quoteItems) {
    const c = clauseOf(items, qi);
    if (c) clauses.set(qi, c);
  }
  const table = runSteps(learnPeople(items, spokenRoles(items, clauses.values())));
  return { result, ranked: speakerCandidates(items, table, quoteItems, clauses, attributions, toldInFirstPerson(items)) };
}

interface Draft { speaker: string; person: PersonRecord | null; f: Float64Array }

/**
 * Candidates and features for every top-level quotation, in one pass in text order: the mentions are walked with a
 * pointer, and each person's last mention and last turn are kept as the pass goes (no scan of the whole text per quotation).
 */
export function speakerCandidates(
  items: readonly Item[],
  table: PeopleTable,
  quoteItems: readonly number[],
  clauses: ReadonlyMap<number, Clause>,
  attributions: readonly Attribution[],
  firstPerson: boolean,
): RankedQuotation[] {
  // The people table keeps its mentions in text order.
  const mentions = table.mentions;
  const docCount = new Map<PersonRecord, number>();
  for (const m of mentions) docCount.set(m.person, (docCount.get(m.person) ?? 0) + 1);
  const byName = new Map<string, PersonRecord>();
  for (const p of table.persons) if (!byName.has(p.name)) byName.set(p.name, p);
  const recordOf = (s: string): PersonRecord | null => byName.get(s) ?? table.personNamed(s);
  // The first item of each paragraph.
  const paragraphFirst = new Map<number, number>();
  for (let i = 0; i < items.length; i++) if (!paragraphFirst.has(items[i].paragraph)) paragraphFirst.set(items[i].paragraph, i);
  const lastMention = new Map<PersonRecord, number>();
  const mentionsSoFar = new Map<PersonRecord, number>();
  const lastTurn: { speaker: string; person: PersonRecord | null; k: number }[] = [];
  const narrator = table.persons.find(isNarrator) ?? null;
  const addressedAt = new Map<number, PersonRecord[]>();
  for (const m of mentions) if (m.addressed) addressedAt.set(m.item, [...(addressedAt.get(m.item) ?? []), m.person]);
  let from = 0; // mentions before this index are before the reach of the current quotation
  let seen = 0; // mentions before this index have been counted into lastMention
  const out: RankedQuotation[] = [];
  const speakers: (string | null)[] = [];
  for (const [k, qi] of quoteItems.entries()) {
    const a = attributions[items[qi].quote];
    const cue = cueKind(a.mention);
    const clause = clauses.get(qi);
    const paragraph = items[qi].paragraph;
    let reachStart = qi;
    for (let p = paragraph; p >= paragraph - PARAGRAPHS_BACK; p--) reachStart = paragraphFirst.get(p) ?? reachStart;
    while (from < mentions.length && mentions[from].item < reachStart) from++;
    while (seen < mentions.length && mentions[seen].item < qi) {
      lastMention.set(mentions[seen].person, mentions[seen].item);
      mentionsSoFar.set(mentions[seen].person, (mentionsSoFar.get(mentions[seen].person) ?? 0) + 1);
      seen++;
    }
    const drafts: Draft[] = [];
    const add = (speaker: string, person: PersonRecord | null): Draft => {
      if (!/\p{L}/u.test(speaker)) return { speaker, person, f: new Float64Array(BASE.length) };
      for (const d of drafts) if ((person && d.person === person) || samePerson(d.speaker, speaker)) return d;
      const d = { speaker, person, f: new Float64Array(BASE.length) };
      drafts.push(d);
      return d;
    };
    const set = (d: Draft, f: (typeof BASE)[number], v = 1) => (d.f[at.get(f)!] = Math.max(d.f[at.get(f)!], v));
    if (a.speaker) {
      const d = add(a.speaker, recordOf(a.speaker));
      set(d, 'engine');
      if (clause) set(d, 'engineFromClause');
    }
    for (let back = 1; back <= TURNS_BACK && k - back >= 0; back++) {
      const s = speakers[k - back];
      if (!s) continue;
      const d = add(s, recordOf(s));
      if (back <= 3) set(d, `prev${back}` as 'prev1');
      if (back === 1 && items[quoteItems[k - 1]].paragraph === paragraph) set(d, 'prev1SameParagraph');
      if (back === 1 && items[quoteItems[k - 1]].paragraph !== paragraph) set(d, 'prev1OtherParagraph');
      if (back === 2 && !(speakers[k - 1] && samePerson(speakers[k - 1]!, s))) set(d, 'prev2Alternates');
    }
    // The nearest turns each way that a clause cues, counted in turns (paragraphs): in an exchange of two, one an even
    // number of turns away is the same speaker, one an odd number away the other.
    for (const step of [-1, 1]) {
      let turns = 0;
      for (let j = k + step; j >= 0 && j < quoteItems.length && Math.abs(j - k) <= ANCHOR_REACH; j += step) {
        const qj = quoteItems[j];
        if (items[qj].paragraph !== items[quoteItems[j - step]].paragraph) turns++;
        const s = attributions[items[qj].quote].speaker;
        if (!clauses.has(qj) || !s) continue;
        const d = add(s, recordOf(s));
        set(d, `anchor${step < 0 ? 'Before' : 'After'}${turns % 2 === 0 ? 'Even' : 'Odd'}` as 'anchorBeforeEven');
        break;
      }
    }
    // The turns after it, as the engine read them: "“…” ¶ “…,” said Tom." makes the one before likely not Tom.
    for (let ahead = 1; ahead <= 2 && k + ahead < quoteItems.length; ahead++) {
      const s = attributions[items[quoteItems[k + ahead]].quote].speaker;
      if (!s) continue;
      const d = add(s, recordOf(s));
      set(d, ahead === 1 ? 'next1' : 'next2');
      if (clauses.has(quoteItems[k + ahead])) set(d, ahead === 1 ? 'next1Cued' : 'next2Cued');
    }
    for (let j = from; j < mentions.length; j++) {
      const m = mentions[j];
      const it = items[m.item];
      if (it.paragraph > paragraph) break;
      if (m.addressed) continue;
      const d = add(m.person.name, m.person);
      if (it.paragraph === paragraph) {
        set(d, m.item < qi ? 'mentionedHere' : 'mentionedAfter');
        const subject = m.item < qi && opensSentence(items, m.item);
        if (subject) set(d, 'subjectHere');
        if (subject && items[m.item].sentence >= items[qi].sentence - 1) set(d, 'subjectHereNarrated');
        if (m.item < qi && PRONOUN_GENDER.has(it.lower)) set(d, 'pronounHere');
      } else set(d, paragraph - it.paragraph === 1 ? 'mentionedPara1' : 'mentionedPara2');
    }
    if (firstPerson) add('I', narrator);
    const previous = k > 0 ? addressedAt.get(quoteItems[k - 1]) ?? [] : [];
    for (const p of previous) set(add(p.name, p), 'addressedBefore');
    const here = addressedAt.get(qi) ?? [];
    const cueGender = clause?.kind === 'pronoun' ? PRONOUN_GENDER.get(items[clause.first].lower) : undefined;
    let lastMentioned: PersonRecord | null = null;
    for (let j = seen - 1; j >= from && !lastMentioned; j--) if (!mentions[j].addressed) lastMentioned = mentions[j].person;
    for (const d of drafts) {
      const turn = lastTurn.find((t) => (d.person && t.person === d.person) || samePerson(t.speaker, d.speaker));
      if (turn) set(d, 'spokeLog', Math.log1p(k - turn.k) / 3);
      else set(d, 'neverSpoke');
      if (d.person) {
        set(d, 'isPerson');
        const last = lastMention.get(d.person);
        if (last !== undefined) set(d, 'mentionLog', Math.log1p(qi - last) / 6);
        else set(d, 'neverMentioned');
        set(d, 'docMentionsLog', Math.log1p(docCount.get(d.person) ?? 0) / 4);
        if (here.includes(d.person)) set(d, 'addressedHere');
        const g = table.gender(d.person);
        if (cueGender && g) set(d, g === cueGender ? 'genderAgrees' : 'genderDisagrees');
        if (isNarrator(d.person)) set(d, 'narrator');
        if (d.person === lastMentioned) set(d, 'lastMentionedHere');
      }
    }
    const firstInParagraph = k === 0 || items[quoteItems[k - 1]].paragraph !== paragraph;
    const narrated = narratedParagraph(items, paragraphFirst.get(paragraph)!, qi);
    for (const d of drafts) {
      if (firstInParagraph) set(d, 'firstInParagraph');
      if (narrated) set(d, 'narratedParagraph');
    }
    const kind = KINDS.indexOf(cue);
    const candidates = drafts.map((d, c) => {
      const f = new Float64Array(FEATURES.length);
      const engine = a.speaker && c === 0;
      for (let i = 0; i < BASE.length; i++) {
        f[i] = f[BASE.length * (kind + 1) + i] = d.f[i];
        if (engine) f[BASE.length * (kind + 5) + i] = d.f[i];
      }
      return { speaker: d.speaker, features: f };
    });
    out.push({ quote: items[qi].quote, cue, candidates, engine: a.speaker ? 0 : -1 });
    speakers.push(a.speaker);
    if (a.speaker) {
      const i = lastTurn.findIndex((t) => samePerson(t.speaker, a.speaker!));
      if (i >= 0) lastTurn.splice(i, 1);
      lastTurn.unshift({ speaker: a.speaker, person: recordOf(a.speaker), k });
      if (lastTurn.length > 12) lastTurn.pop();
    }
  }
  return out;
}

/** Whether the paragraph holds words of narration before the quotation (an action before the words, "Tom laughed."). */
function narratedParagraph(items: readonly Item[], first: number, qi: number): boolean {
  for (let i = first; i < qi; i++) if (items[i].kind === 'word') return true;
  return false;
}

/** A mention among the first three items of its sentence: most often the sentence's subject ("Mr. Hale turned"). */
function opensSentence(items: readonly Item[], i: number): boolean {
  return i - sentenceStart(items, i, Math.max(0, i - 4)) <= 3;
}
