import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News runs words a colon brought in on into a paragraph of their own: `Ostley said: "…"` then `"…"`.
describe('a paragraph of quotation alone after a colon-led quotation', () => {
  it('goes on with the speaker whose colon brought in the paragraph before, in a text cued as news', () => {
    const text = [
      'Kent won by four wickets. "We held our nerve," said the captain, Amy Reed.',
      'Their head coach, Tom Ostler, said: "People call these moments a mystery. They are not."',
      '"That chase was months of work."',
      'Reed agreed. "It was practice," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Amy Reed', 'Tom Ostler', 'Tom Ostler', 'Amy Reed']);
  });

  it('leaves a question answered in the next paragraph to the conversation', () => {
    const text = [
      'Kent won by four wickets. "We held our nerve," said the captain, Amy Reed.',
      'The coach, Tom Ostler, asked her: "Did you doubt it?"',
      '"Never," Reed said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Amy Reed', 'Tom Ostler', 'Amy Reed']);
  });
});
