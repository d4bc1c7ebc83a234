import * as assert from 'node:assert';
import { attributeQuotations } from '../../../server/src/engine/attribution/attribute';
import type { ProseView, Quotation } from '../../../server/src/engine/types';
import { quotationsOf } from '../../helpers/attributionText';

/** The speakers of a text's double-quoted passages, its single-quoted ones inside them read as quotations within. */
function speakers(text: string): (string | null)[] {
  const top = quotationsOf(text);
  const within: Quotation[] = top.flatMap((q) => [...text.slice(q.inner.start, q.inner.end).matchAll(/‘([^’]*)’/g)].map((m) => {
    const start = q.inner.start + m.index;
    return { inner: { start: start + 1, end: start + 1 + m[1].length }, outer: { start, end: start + m[0].length }, openMark: '‘', closeMark: '’', depth: 1 };
  }));
  const view: ProseView = { original: text, text, format: 'plaintext', utterances: [] };
  const all = [...top, ...within].sort((a, b) => a.outer.start - b.outer.start || a.depth - b.depth);
  return attributeQuotations(view, all).quotations.filter((q) => q.depth === 0).map((q) => q.attribution.speaker);
}

// Words a speaker quotes are another's, said to whoever they spoke to then: a name they call is not called by the
// speaker, and, said to the speaker by someone else, it is the speaker's own.
describe('names called inside the words a turn quotes', () => {
  it('are not the turn calling its hearer: the narrator is not named by them', () => {
    const text = [
      'I came to the house at dusk. I was cold, and my boots were wet through, and I had not eaten since the morning. I knocked twice.',
      '"Come in out of that," said the housekeeper, Mrs. Bellamy, and she took my cloak and sat me by the fire.',
      '"Thank you," I said.',
      '"When the master wrote for you he said to me, ‘Let her come, Bellamy, and let her not be young.’ And you are young."',
      '"I am two-and-twenty."',
      '"That is young, here."',
      '"Not so very young," I said.',
    ].join('\n\n');
    const found = speakers(text);
    assert.deepStrictEqual([found[1], found[3], found[5]], ['I', 'I', 'I']);
  });

  it('name the speaker when someone else said them to the speaker', () => {
    const text = [
      'Oksana Reyes and Tobiah Pell sat at the console of the salvage tug, listening.',
      '"Play it again," Reyes said.',
      'Static, and then a woman\'s voice, hoarse and very precise.',
      '"Do not dock at the forward collar. Tam keeps saying, ‘It is only a handshake, Idris, it is only asking who we are.’ It is not only asking."',
      '"Who is Tam?" said Pell.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Idris');
  });

  it('are someone else\'s when the speaker says they said them', () => {
    const text = [
      'Oksana Reyes and Tobiah Pell sat at the console of the salvage tug, listening.',
      '"Play it again," Reyes said.',
      'Static, and then a man\'s voice, hoarse and very precise.',
      '"Do not dock at the forward collar. I keep saying to Tam, ‘It is only a handshake, Idris, it is only asking who we are.’ It is not only asking."',
      '"Who is Tam?" said Pell.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Idris');
  });
});
