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
  it('goes on past a question its speaker answers in the same quotation', () => {
    const text = [
      'The mill closed in March. "We kept the lights on," said the foreman, Peter Lund.',
      'His sister, Anna Lund, said: "They tell us to start again. Start where? This is home."',
      '"Our grandfather built the first wall of that mill."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Peter Lund', 'Anna Lund', 'Anna Lund']);
  });

  it('goes on after a paragraph that opened on someone else\'s quotation', () => {
    const text = [
      'The talks lasted three hours. The mayor, Ruth Abara, spoke first.',
      '"The budget is fixed," Abara said. "Everything else can be discussed."',
      'Her deputy, Tom Ellery, said on the radio later: "We welcome the offer. But offers are not promises."',
      '"We will not sign a blank page." The deputy did not say when talks would resume.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Abara', 'Ruth Abara', 'Tom Ellery', 'Tom Ellery']);
  });
});
