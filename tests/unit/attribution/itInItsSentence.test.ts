import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Velmoran Liberation Front, which holds the hills, blamed the army for what it called “…”": an "it" inside the
// sentence refers to the body its sentence opens on, named however its last word goes.
describe('an "it" cue in the sentence of the body it refers to', () => {
  it('credits the body named at the opening of the sentence', () => {
    const text = 'The Velmoran Liberation Front, which holds the hills, blamed the army for what it called "a policy of hunger."';
    assert.deepStrictEqual(speakers(text), ['Velmoran Liberation Front']);
  });

  it('credits a body whose noun the lists know', () => {
    const text = 'The interior ministry rejected the claims, in what it called "a campaign of lies."';
    assert.deepStrictEqual(speakers(text), ['the interior ministry']);
  });
});
