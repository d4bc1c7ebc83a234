import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Asked by the family's barrister, Jonah Pike, whether …, he replied": the agent of a passive participle opening the
// sentence is the one who asked; the he after it is the one the question was put to, not the last man named.
describe('an opening "Asked by …" phrase', () => {
  const opening = 'PC Daniel Sefton told the inquest he had attended the house twice that month.\n\n' +
    'The 41-year-old said he had received "half a day" of training in nine years with the force.\n\n';
  it('gives the he after it to the one asked, not the asker', () => {
    const text = opening + 'Asked by the family\'s barrister, Jonah Pike, whether he had considered her to be at risk, he replied: "Not at the time, no."';
    assert.deepStrictEqual(speakers(text), ['PC Daniel Sefton', 'PC Daniel Sefton']);
  });
  it('leaves an opening phrase with no agent to the reading before', () => {
    const text = opening + 'Jonah Pike, for the family, said the force had failed her. Asked about the training, he replied: "It was not enough."';
    assert.deepStrictEqual(speakers(text).slice(1), ['Jonah Pike']);
  });
});
