import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The campaign group Parents for Schools said": a body's name may end in a common word after "for", and the clause's
// subject is the whole name, not its last word ("Schools").
describe('body names holding "for"', () => {
  it('credits the whole name of a group with "for" inside it', () => {
    const text = 'The campaign group Parents for Schools said in a statement that families were "caught in the middle."\n' +
      'The group Tenants for Fair Rents said the rise was "a scandal."';
    assert.deepStrictEqual(speakers(text), ['Parents for Schools', 'Tenants for Fair Rents']);
  });

  it('still credits a person named before the group they speak for', () => {
    const text = 'Ada Pryce, of Parents for Schools, said it was "too late."\nTom Reed of Tenants for Fair Rents said it was "cruel."';
    assert.deepStrictEqual(speakers(text), ['Ada Pryce', 'Tom Reed']);
  });

  it('takes "the union" for a name whose first word "and" joins to the rest ("the Quay and Barge Workers’ Union")', () => {
    const text = 'The walkout was called by the Quay and Barge Workers’ Union. The union called the offer "an insult."';
    assert.deepStrictEqual(speakers(text), ['the Quay and Barge Workers’ Union']);
  });
});
