import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A lone name the lexicon does not know is a person when a trade heads its appositive ("Dov, a plumber,"), so the
// he/she after it stays on them rather than on a man named before or after.
describe('trades in apposition make a lone name a person', () => {
  it('keeps "he" on a first-name-only witness described as a builder', () => {
    const text = [
      'Rosa Lind watched from her window. "The water came up so fast," Lind said.',
      'Oren, a 40-year-old builder who gave only his first name, was behind the lorry. He ran to a farm to phone for help. "There was no signal by the river," he said.',
      'Fire officer Neil Hume said crews arrived within twenty minutes.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rosa Lind', 'Oren']);
  });

  it('reads a compound in -man ("postman") as a role, so a man named before does not take the quotation', () => {
    const text = [
      'The council’s head of parks, Ian Moss, said the budget was fixed. "We have no more money," he said.',
      'Quayle, a retired postman, walks the park every morning. His dog died last year. "It keeps me going," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ian Moss', 'Quayle']);
  });
});
