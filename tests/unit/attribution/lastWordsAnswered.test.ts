import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A paragraph may hold two people's words ("“…,” said Martha. “…,” said Edward."): the turn after it answers the one
// who spoke last, so the alternation goes on from them, not from the paragraph's first speaker.
describe('a turn after a paragraph of two speakers', () => {
  it('answers the one who spoke last', () => {
    const text = [
      'Martha Pike and Edward Hale sat down to supper in the kitchen.',
      '"The soup is cold," said Martha. "It was hot an hour ago," said Edward.',
      '"Then you should have come an hour ago."',
      '"I was at the mill until dark."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Martha Pike', 'Edward Hale', 'Martha Pike', 'Edward Hale']);
  });

  it('is the answer of the one who spoke first, when the one who spoke last is called', () => {
    const text = [
      'Gabriel Oak paid the twopence, and the waggon went on through the gate.',
      'The gatekeeper watched it go. "That is a handsome maid," he said to Oak. "But she has her faults," said Gabriel.',
      '"True, Gabriel. And the worst of them is pride."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the gatekeeper', 'Gabriel Oak', 'the gatekeeper']);
  });
});
