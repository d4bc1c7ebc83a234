import type { Attribution, Quotation } from '../types';

// A story quotes the same words more than once: a headline takes a phrase its body reports ("Staff vote to strike
// over “endless crunch”"), a later paragraph picks up a phrase someone used ("That phrase drew a weary response.
// “They’ve been saying ‘working alongside the community’ for years”"). Words quoted again with no speech clause of
// their own are still the words of the one the text credited them to where it did. A whole sentence set out again
// by itself ("## The line I keep coming back to ¶ “Ploughing is a tool.”") is a pull quote, which its writer credits
// or leaves uncredited: only a phrase picked up, or words inside another's quotation, are read so. A headline's
// words are the body's even where the headline gave them a clause of its own: the headline cuts its speaker down
// ("Farmers warn of ‘…’", "Union says …"), the body names the one who said them. A transcript's turns are quoted
// words too: "BEGUM: I'll take “not against it in principle.”" picks up what ALDOUS's turn said.

/** A quotation's words, lower case, marks and punctuation dropped. */
function wordsOf(text: string, q: Quotation): string[] {
  return text.slice(q.inner.start, q.inner.end).toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/** Whether `inner`'s words stand in `outer`'s in a row. */
function holds(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let k = 0;
    while (k < inner.length && outer[i + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

/** Words ending a sentence, as a quotation set out by itself ends. */
const SENTENCE_END = /[.!?…]\s*$/u;

/** Whether a quotation opens its sentence ("## The line ¶ “Ploughing is a tool.”"), not "I'll take “not against it.”". */
function opensSentence(text: string, q: Quotation): boolean {
  const before = text.slice(text.lastIndexOf('\n', q.outer.start - 1) + 1, q.outer.start).trimEnd();
  return before === '' || /[.!?…]["”’)]?$/u.test(before);
}

const within = (a: Quotation, b: Quotation) => a.outer.start >= b.outer.start && a.outer.end <= b.outer.end;

/**
 * Speakers for quotations left with none and no clause of their own, or standing in the text's opening headings
 * (`headings`), whose words the text quotes elsewhere with a speech clause: that clause's speaker, when every such
 * quotation has the same one. Not a quotation holding or held by the other (a quotation inside a quotation is its own
 * words' echo only by being inside it), nor one in a heading (a standfirst repeats its headline's words).
 */
export function echoedSpeakers(text: string, quotations: readonly Quotation[], attributions: readonly Attribution[], headings: ReadonlySet<number>): Map<number, Attribution> {
  const found = new Map<number, Attribution>();
  const words = new Map<number, string[]>();
  const wordsAt = (i: number) => words.get(i) ?? words.set(i, wordsOf(text, quotations[i])).get(i)!;
  // The cued quotations by each word they hold, so a quotation is matched only against those holding its first word
  // (a long transcript holds thousands of each); read once, when a quotation first needs it.
  let cuedHolding: Map<string, number[]> | null = null;
  const cuedWith = (word: string): readonly number[] => {
    if (!cuedHolding) {
      cuedHolding = new Map();
      for (const [i, a] of attributions.entries()) {
        if (!a.speaker || !a.cue || headings.has(i)) continue;
        for (const w of new Set(wordsAt(i))) (cuedHolding.get(w) ?? cuedHolding.set(w, []).get(w)!).push(i);
      }
    }
    return cuedHolding.get(word) ?? [];
  };
  for (const [index, q] of quotations.entries()) {
    const a = attributions[index];
    if (((a.speaker || a.cue) && !headings.has(index)) || (q.depth === 0 && SENTENCE_END.test(text.slice(q.inner.start, q.inner.end)) && opensSentence(text, q))) continue;
    const own = wordsAt(index);
    if (own.length === 0) continue;
    // A headline's one word with a clause of its own ("Governor says bridge is “safe”") is the body's only where the
    // body quotes that word alone: inside a sentence it is any speaker's word.
    const word = own.length === 1 && (a.speaker || a.cue);
    const speakers = new Set<string>();
    let source: Attribution | null = null;
    for (const j of cuedWith(own[0])) {
      const other = quotations[j];
      if (within(q, other) || within(other, q) || !holds(wordsAt(j), own) || (word && wordsAt(j).length > 1)) continue;
      speakers.add(attributions[j].speaker!);
      source ??= attributions[j];
    }
    if (speakers.size === 1 && source) found.set(index, { speaker: source.speaker, mention: null, cue: null });
  }
  return found;
}
