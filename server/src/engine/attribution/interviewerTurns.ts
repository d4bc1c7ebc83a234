import type { Turn } from './dialogue';

// An interview feature quotes its writer (the byline's name, the narration's "I") only asking: "“Do you miss it?” I
// ask." A turn that only the alternation of speakers gave the writer, and that asks nothing, is the one interviewed
// going on after their answer ("She thinks about this. “I read the play once …”" then "“Then I read it slowly …”").

/** How many paragraphs back the answer a writer's turn would go on from may stand. */
const GAP = 2;

/**
 * Gives each turn credited to `writer` by the conversation alone (no clause of its own: `cued[i]` null) and asking
 * nothing (`asks(i)` false) to the speaker of the turn before, when that is someone else.
 */
export function writerOnlyAsks(turns: Turn[], cued: readonly (string | null)[], writer: string, asks: (i: number) => boolean): void {
  for (let i = 1; i < turns.length; i++) {
    if (turns[i].speaker !== writer || cued[i] !== null || asks(i)) continue;
    const before = turns[i - 1];
    if (before.speaker && before.speaker !== writer && turns[i].paragraph - before.paragraph <= GAP) turns[i].speaker = before.speaker;
  }
}

/**
 * "“He makes it sound like I was rude.” ¶ “Were you?” ¶ “I was correct.”": a turn that only asks, given to a third
 * party by the conversation alone, between two turns of one person interviewed, is the writer's question to them.
 * `onlyAsks(i)` tells whether every quotation of turn i is a question.
 */
export function writerAsksBetween(turns: Turn[], cued: readonly (string | null)[], writer: string, onlyAsks: (i: number) => boolean): void {
  for (let i = 1; i + 1 < turns.length; i++) {
    const [before, turn, after] = [turns[i - 1], turns[i], turns[i + 1]];
    if (cued[i] !== null || turn.speaker === writer || !before.speaker || before.speaker === writer || after.speaker !== before.speaker) continue;
    if (after.paragraph - before.paragraph <= GAP && onlyAsks(i)) turn.speaker = writer;
  }
}
