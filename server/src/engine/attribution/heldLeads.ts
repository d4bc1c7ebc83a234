import { descriptionAt, type Description } from './descriptions';
import { sentenceStart, type Item } from './narration';

// "Asked whether Amankwah would stay on penalties, the Brennock manager did not hesitate. “Of course.”": a sentence of
// narration whose subject is a description of someone the text has named leads into the words after it, as one naming
// them would. The description is found here; whom it describes is the people table's to say.

/** How many items a phrase opening the sentence ("Asked whether …,") may take before its comma. */
const OPENING_REACH = 20;

/** Words that open a phrase before a sentence's subject: a participle ("Asked", "Speaking"), a preposition or an adverb. */
const OPENER = /^(?:after|before|despite|following|later|afterwards|earlier|moments|minutes|then|in|on|at|with|when|while|as)$/;

/**
 * The description that is the subject of the sentence ending right before quotation item `qi`, which opens at or after
 * item `from`: "The visitors' boss shook his head.", "Asked about it, the Brennock manager laughed." Null when that
 * sentence opens on anything else or reports no deed of its subject (a speech verb after it has its own clause).
 */
export function describedSubjectLeading(items: readonly Item[], from: number, qi: number, original: string): Description | null {
  if (from >= qi || items[qi - 1].kind === 'quote') return null;
  const start = sentenceStart(items, qi - 1, from);
  if (start < from || (start > 0 && items[start - 1].sentence === items[start].sentence)) return null;
  let s = start;
  const opener = items[s];
  if (opener.kind === 'word' && (/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(opener.text) || OPENER.test(opener.lower))) {
    let k = s + 1;
    while (k < qi && k - s <= OPENING_REACH && items[k].text !== ',' && items[k].kind === 'word') k++;
    if (items[k]?.text !== ',') return null;
    s = k + 1;
  }
  return descriptionAt(items, s, null, original, true);
}
