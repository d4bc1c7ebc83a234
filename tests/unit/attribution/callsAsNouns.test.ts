import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Bhasin, a former buyer who …, told analysts on a conference call that the turnaround was “…”": the "call" a
// preposition's "a" brings in is a noun, not the verb that reports the words; the sentence's subject, a surname
// alone, is the one the text named in full.
describe('a verb form that is the noun of a prepositional phrase', () => {
  it('reads the speech verb before "on a conference call"', () => {
    const text = 'Farida Osei runs the chain. Osei, a former shoe buyer who took over in 2019 with the chain close to breaching its loans, told analysts on a conference call that the recovery was "maybe halfway done."';
    assert.deepStrictEqual(speakers(text), ['Farida Osei']);
  });

  it('still reads a sign that read its words', () => {
    const text = 'Behind the bench, a sign read "Bring Back the Old Ground."';
    assert.deepStrictEqual(speakers(text), ['the sign']);
  });
});
