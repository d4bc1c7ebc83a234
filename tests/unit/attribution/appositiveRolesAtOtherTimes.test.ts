import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Conor Whelan, then head chef at a restaurant in Dublin,": a role the apposition dates ("then", "now", "once") is
// still the person's, so "the chef says" is Conor Whelan.
describe('appositive roles held at another time', () => {
  it('gives "the chef" to the one the text calls "then head chef"', () => {
    const text = [
      'By 2014 a wheel had found its way to Conor Whelan, then head chef at a starred restaurant in Dublin.',
      '',
      '"I tasted it and I rang her that afternoon," the chef says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Conor Whelan']);
  });

  it('gives "the teacher" to the one the text calls "now a teacher"', () => {
    const text = [
      'The prize went to Ada Lutz, now a teacher in Leeds, and to her old rival Mark Dunn.',
      '',
      '"It was a long time coming," the teacher said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ada Lutz']);
  });
});
