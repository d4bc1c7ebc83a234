import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Osterhaus said: “…” ¶ The prime minister’s spokesman said …": a role held as someone else's brings a person in by
// that tie; it is neither the man the sentence before named nor the salient man of the story.
describe('a role held as someone else’s ("the prime minister’s spokesman")', () => {
  it('is not the one the sentence before named', () => {
    const text = [
      'Shadow schools secretary Daniel Osterhaus said: "This is about a government that looked away."',
      'The prime minister’s official spokesman said the minister had first seen the messages "on Saturday afternoon".',
      'Asked whether there would be an inquiry, the spokesman said: "The matter is closed."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Daniel Osterhaus', 'the prime minister’s official spokesman', 'the prime minister’s official spokesman']);
  });

  it('is not the salient man when no one is named just before', () => {
    const text = 'Tomas Brenner said: "We will appeal." The hearing ended at noon.\nThe mayor’s driver said: "He never mentioned it."';
    assert.deepStrictEqual(speakers(text), ['Tomas Brenner', 'the mayor’s driver']);
  });
});
