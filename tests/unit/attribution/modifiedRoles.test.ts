import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the dairy farmer" is the one the text called a dairy farmer, not the last farmer quoted.
describe('roles with modifiers', () => {
  it('takes "the dairy farmer" and "the arable farmer" for the ones so described, an appositive ending at "near" or "on"', () => {
    const text = 'Tom Ellery, a dairy farmer near Ludlow, sold his herd. "I had no choice," he said. ' +
      'His sister-in-law, Jane Ellery, an arable farmer on the next farm, said yields were down. "The grain is small," she said. ' +
      '"Next year worries me," the dairy farmer said. "We will manage," the arable farmer said.';
    assert.deepStrictEqual(speakers(text), ['Tom Ellery', 'Jane Ellery', 'Tom Ellery', 'Jane Ellery']);
  });

  it('still takes a bare role for its last holder', () => {
    const text = 'Tom Ellery, a dairy farmer, sold his herd. Jane Ellery, an arable farmer, said yields were down. "We will manage," the farmer said.';
    assert.deepStrictEqual(speakers(text), ['Jane Ellery']);
  });
});
