import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Gregor Vance, a property developer, whose son Adam Vance": the relative clause's "whose" owns the kin noun for the
// name the clause hangs on; and one the text gives a relative is a person, not the firm "owned by" made of them.
describe('a relative brought in by "whose"', () => {
  it('makes the one named in a "whose" clause the relative of the name it hangs on', () => {
    const text = 'The race was won by Ada Nwosu, a nurse, whose mother Grace Obi ran it in 1990. Tess Hale came second. Nwosu said she had trained at night. ' +
      '"I told her to sleep more," her mother said.';
    assert.deepStrictEqual(speakers(text), ['Grace Obi']);
  });

  it('takes one the text gives a son for a person, though a firm would be "owned by" them too', () => {
    const text = 'The mill is owned by Piers Aldane, a property developer, whose son Rory Aldane became its manager in May. ' +
      '"We will pay everyone," the 31-year-old said. ' +
      'His father has not spoken publicly since March, when he told staff the mill was "in the best shape in years."';
    assert.deepStrictEqual(speakers(text), ['Rory Aldane', 'Piers Aldane']);
  });
});
