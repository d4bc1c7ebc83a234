import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A witness said the blow had “…”. “…,” said Ann Roe, who called an ambulance.": the next sentence names the one
// described in an inverted clause after its quotation, with the who-clause (or age) news gives someone new.
describe('a description named by the inverted clause of the next sentence', () => {
  it('gives the described witness\'s words to the name that follows', () => {
    const text = 'Another witness, a cleaner waiting for a bus, said the car had "come round the corner like a rocket." "I had to jump back," said Ann Roe, who called the police.';
    assert.deepStrictEqual(speakers(text), ['Ann Roe', 'Ann Roe']);
  });

  it('leaves the description alone when the name is no one new', () => {
    const text = 'Ann Roe spoke first. A witness said the car had "come round the corner like a rocket." "I had to jump back," said Ann Roe.';
    assert.deepStrictEqual(speakers(text), ['a witness', 'Ann Roe']);
  });
});
