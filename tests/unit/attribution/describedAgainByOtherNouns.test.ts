import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News brings in an unnamed witness by one description and calls them by another a sentence or two later: the later
// "the retiree", "the woman" is the one the description brought in, not a named person further back.
describe('an unnamed person called again by another noun', () => {
  it('takes "the retiree" back to "a retired nurse" (a noun on a word of the description)', () => {
    const text = [
      'The club captain, Nadia Flint, said her side had run out of legs. "We had nothing left," she said.',
      'In the stand, a 70-year-old retired nurse sat under a blanket. She said she had followed the club for decades. "We used to get ten people," the retiree said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Nadia Flint', 'a 70-year-old retired nurse']);
  });

  it('takes "the woman" back to "a young mother", after an opening phrase with no comma', () => {
    const text = [
      'Fire officer Dan Roe said the signs were not enough. "People ignore them," he said.',
      'Outside the bakery a young mother stood with a pram. She said the road floods each winter. "Nobody listens," the woman said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dan Roe', 'a young mother']);
  });

  it('does not take "the man" back to a description of a woman', () => {
    const text = [
      'Fire officer Dan Roe said the signs were not enough.',
      'Outside the bakery a young mother stood with a pram. She said the road floods each winter. "Nobody listens," the man said.',
    ].join('\n');
    assert.notDeepStrictEqual(speakers(text), ['a young mother']);
  });
});
