import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "One nurse, who asked not to be named, said …. “…,” the nurse said": "one" brings in someone unnamed as "a" does,
// so the definite phrase after is that description, not a new "the nurse" nor anyone named before.
describe('unnamed speakers brought in by "one" and called again', () => {
  it('gives the definite phrase the description the sentence before opened with "one"', () => {
    const text = [
      'The trust\'s chief executive, Dr Amira Shah, said the ward was safe. "Staffing is at the agreed level," she said.',
      'One nurse on the ward, who asked not to be named, said colleagues were "running on empty." "We cover three beds each," the nurse said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Amira Shah', 'one nurse on the ward', 'one nurse on the ward']);
  });
});
