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

  it('takes "the sheep farmer" for the one whose introduction holds "sheep", not the one the sentence before named', () => {
    const text = [
      'Farmers warned of a hard winter. "The grass has stopped," said Owen Pryce, who keeps 400 sheep above Bala.',
      'His neighbour, Carys Pryce, who is no relation and grows barley, said her crop was failing. "It is too dry," she said.',
      '"Carys is right," the sheep farmer said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Owen Pryce', 'Carys Pryce', 'Owen Pryce']);
  });
});
