import type { Utterance } from '../types';
import { ANSWER_LABEL, QUESTION_LABEL } from '../formats/turns';
import type { Item } from './narration';
import type { PeopleTable, PersonRecord } from './people';

// A question-and-answer interview labels its turns "Q:" and "A:" rather than by name: the questions are the
// interviewer's, whom the introduction names ("She spoke to Jon Harte", "interviewed by Jon Harte"), and the answers
// the interviewee's, the one that introduction is about. At a news conference no one interviewer asks: the questions
// are from the floor, whom the text describes at most as reporters ("An edited portion of the news conference
// follows. Q: …"), each of them "a reporter".

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

/**
 * The speakers of an interview's Q and A turns, by utterance: the interviewer for a question (at a briefing naming
 * none, "a reporter"; left out when the text names no one) and the interviewee for an answer. The interviewee is the subject of the sentence naming the
 * interviewer ("Lindqvist spoke to Jon Harte"), else the person the narration before the first turn names most.
 */
export function interviewSpeakers(items: readonly Item[], table: PeopleTable, utterances: readonly Utterance[]): Map<Utterance, string> {
  const speakers = new Map<Utterance, string>();
  const labelled = utterances.filter((u) => QUESTION_LABEL.test(u.speaker.trim()) || ANSWER_LABEL.test(u.speaker.trim()));
  if (labelled.length === 0) return speakers;
  const intro = table.mentions.filter((m) => m.start < labelled[0].span.start && !table.organisations.has(m.person));
  const cue = intro.find((m) => introducesInterviewer(items, m.item));
  const interviewer = cue?.person ?? null;
  let interviewee: PersonRecord | null = null;
  if (cue) {
    const subject = intro.find((m) => m.sentence === cue.sentence && m.person !== interviewer);
    if (subject && subject.item < cue.item) interviewee = subject.person;
  }
  if (!interviewee) {
    const counts = new Map<PersonRecord, number>();
    for (const m of intro) if (m.person !== interviewer) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    let most = 0;
    for (const [p, n] of counts) if (n > most) [interviewee, most] = [p, n];
  }
  const asker = interviewer ? interviewer.name : floorAsker(items, labelled[0].span.start);
  for (const u of labelled) {
    const who = QUESTION_LABEL.test(u.speaker.trim()) ? asker : interviewee?.name;
    if (who) speakers.set(u, who);
  }
  return speakers;
}
