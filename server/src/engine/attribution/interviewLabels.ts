import type { Utterance } from '../types';
import { ANSWER_LABEL, QUESTION_LABEL } from '../formats/turns';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A question-and-answer interview labels its turns "Q:" and "A:" rather than by name: the questions are the
// interviewer's, whom the introduction names ("She spoke to Jon Harte", "interviewed by Jon Harte"), and the answers
// the interviewee's, the one that introduction is about. At a news conference no one interviewer asks: the questions
// are from the floor, whom the text describes at most as reporters ("An edited portion of the news conference
// follows. Q: …"), each of them "a reporter". A profile told by its writer ("We are in a café …, we talked about
// memory. Q: …") is the writer's own interview: the questions are that "I"'s. Otherwise they are "the interviewer"'s.

/** The words right before a name that make it the interviewer's: "spoke to", "talking with", "interviewed by". */
function introducesInterviewer(items: readonly Item[], at: number): boolean {
  const [a, b] = [items[at - 2]?.lower ?? '', items[at - 1]?.lower ?? ''];
  return (/^(?:spoke|speaks|speaking|talked|talks|talking)$/.test(a) && /^(?:to|with)$/.test(b)) ||
    (/^(?:interview|interviewed|questioned)$/.test(a) && b === 'by') || (a === 'conversation' && b === 'with');
}

/** "reporters", "journalists": the askers from the floor as the narration names them, one of them as "a reporter". */
const ASKERS = new Map([['reporter', 'a reporter'], ['reporters', 'a reporter'], ['journalist', 'a journalist'], ['journalists', 'a journalist']]);

/** "news conference", "press briefing": an event whose questions come from reporters. */
function isBriefing(items: readonly Item[], at: number): boolean {
  const [a, b] = [items[at - 1]?.lower ?? '', items[at].lower];
  return (b === 'conference' && /^(?:news|press)$/.test(a)) || /^briefings?$/.test(b);
}

/** The one asking from the floor, as the narration before the turns describes them: "a reporter", else none. */
function floorAsker(items: readonly Item[], before: number): string | null {
  let briefing = false;
  for (let i = 0; i < items.length && items[i].start < before; i++) {
    const asker = items[i].kind === 'word' ? ASKERS.get(items[i].lower) : undefined;
    if (asker) return asker;
    briefing ||= isBriefing(items, i);
  }
  return briefing ? 'a reporter' : null;
}

/** The writer's words for themselves, alone or with the one they meet: "I asked", "we talked", "over lunch with us". */
const WRITER_WORDS = /^(?:i|me|my|we|us|our)$/;
/** The fewest of them the narration around the turns says in a piece its writer tells (one may be an aside). */
const WRITER_LEAST = 2;

/** Whether the narration outside the turns and quotations speaks as its writer, "we talked", twice at least. */
function toldByWriter(items: readonly Item[], utterances: readonly Utterance[]): boolean {
  let own = 0;
  let u = 0;
  for (const it of items) {
    while (u < utterances.length && utterances[u].span.end <= it.start) u++;
    const inTurn = u < utterances.length && utterances[u].span.start <= it.start;
    if (it.kind === 'word' && !inTurn && WRITER_WORDS.test(it.lower) && ++own >= WRITER_LEAST) return true;
  }
  return false;
}

/**
 * The speakers of an interview's Q and A turns, by utterance: the interviewer for a question (at a briefing naming
 * none, "a reporter"; in a piece its writer tells, `writer()`; else "the interviewer") and the interviewee for an answer. The interviewee is the subject of the sentence naming the
 * interviewer ("Lindqvist spoke to Jon Harte"), else the person the narration before the first turn names most.
 */
export function interviewSpeakers(items: readonly Item[], table: PeopleTable, utterances: readonly Utterance[], writer: () => string): Map<Utterance, string> {
  const speakers = new Map<Utterance, string>();
  const labelled = utterances.filter((u) => QUESTION_LABEL.test(u.speaker.trim()) || ANSWER_LABEL.test(u.speaker.trim()));
  if (labelled.length === 0) return speakers;
  const intro = table.mentions.filter((m) => m.start < labelled[0].span.start && !table.organisations.has(m.person));
  const cue = intro.find((m) => introducesInterviewer(items, m.item));
  const interviewer = cue?.person ?? null;
  const asker = interviewer?.name ?? floorAsker(items, labelled[0].span.start) ?? (toldByWriter(items, utterances) ? writer() : 'the interviewer');
  let interviewee: PersonRecord | null = null;
  if (cue) {
    const subject = intro.find((m) => m.sentence === cue.sentence && m.person !== interviewer);
    if (subject && subject.item < cue.item) interviewee = subject.person;
  }
  if (!interviewee) {
    const counts = new Map<PersonRecord, number>();
    // Not the byline's writer, who asks.
    for (const m of intro) if (m.person !== interviewer && m.person.name !== asker) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    let most = 0;
    for (const [p, n] of counts) if (n > most) [interviewee, most] = [p, n];
  }
  for (const u of labelled) {
    const who = QUESTION_LABEL.test(u.speaker.trim()) ? asker : interviewee?.name;
    if (who) speakers.set(u, who);
  }
  return speakers;
}
