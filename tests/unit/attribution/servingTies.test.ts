import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "An adviser to the mayor disputed that account. “…,” the adviser said": whom one serves tells them from other
// advisers, as where one works does; "said a man to the crowd" is only whom he spoke to.
describe('unnamed speakers tied to whom they serve by "to"', () => {
  it('keeps "to" and its object for one who serves someone', () => {
    const text = [
      'Mayor Ruth Dale said the budget was balanced. "Every penny is accounted for," she said.',
      'An adviser to the mayor disputed that account. "There is a hole of two million," the adviser said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Dale', 'an adviser to the mayor']);
  });

  it('leaves out whom someone spoke to', () => {
    assert.deepStrictEqual(speakers('"Go home," said a man to the crowd.'), ['a man']);
  });
});
