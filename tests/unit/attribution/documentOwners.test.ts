import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Her husband's statement said", "His statement, read by the family's solicitor, Anita Rowe, said": a statement or
// letter a possessive gives an owner speaks for that owner, not for whoever read it out.
describe('documents of their owners', () => {
  it('credits a possessive statement to its owner, past the one who read it, and "the statement" after it too', () => {
    const text = 'Karen and Luke Dobson were there. Mrs Dobson spoke outside the church. ' +
      'Her husband’s statement, read by the family’s solicitor, Anita Rowe, said he felt "empty." "We will never understand it," the statement said.';
    assert.deepStrictEqual(speakers(text), ['Luke Dobson', 'Luke Dobson']);
  });

  it('credits "His statement said" to the man the his refers to, and an unknown husband as written', () => {
    const text = 'Owen Pell did not speak. His statement said he felt "betrayed."\nMaura Kinsella was there. Her husband’s statement said he was "heartbroken."';
    assert.deepStrictEqual(speakers(text), ['Owen Pell', 'her husband']);
  });

  it('still credits a name in apposition to the subject itself ("The chair, Tom Reed, said")', () => {
    assert.deepStrictEqual(speakers('The chair, Tom Reed, said the plan was "dead."'), ['Tom Reed']);
  });
});
