import * as assert from 'node:assert';
import { acronymsIn } from '../../../server/src/engine/attribution/acronyms';
import { narrationItems, paragraphing } from '../../../server/src/engine/attribution/narration';
import { speakers } from '../../helpers/attributionText';

// A body named in full with its initials in brackets is one identity: its initials in a speech clause are its full name.
describe('initials of bodies', () => {
  it('credits initials in a clause to the body the text spelled them out for', () => {
    const text = 'The Office for Water Standards (OWS) fined the company on Monday. Its chief, Ann Ford, was blunt. "They failed," she said. ' +
      'OWS said the fine was "the largest ever". "We will act," the OWS said.';
    assert.deepStrictEqual(speakers(text), ['Ann Ford', 'the Office for Water Standards', 'the Office for Water Standards']);
  });

  it('takes only initials that spell the capitalised words before the brackets', () => {
    const text = 'The Competition and Consumer Board (CCB) ruled. Marta Lind (ML) left. The Tarn Valley Trust (TVX) objected.';
    const items = narrationItems(text, { start: 0, end: text.length }, [], paragraphing(text));
    assert.deepStrictEqual([...acronymsIn(text, items)], [['CCB', 'the Competition and Consumer Board'], ['ML', 'Marta Lind']]);
  });
});
