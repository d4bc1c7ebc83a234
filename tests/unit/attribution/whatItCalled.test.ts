import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Front, which …, blamed the government for what it called “…”": the it of "what it called" is the sentence's
// subject, not the government it blamed nor a person named before.
describe('what it called', () => {
  it('credits "what it called" to the body the sentence opens with', () => {
    const text = 'Mr Okafor accused the rebels of "lying". The Northern Liberation Army, which holds the hills, blamed the government for what it called "a policy of hunger."';
    assert.deepStrictEqual(speakers(text), ['Mr Okafor', 'the Northern Liberation Army']);
  });
});

// "The festival wrote on Instagram that …": a festival speaks as its organisers, the festival the text named.
describe('festivals', () => {
  it('takes "the festival" for the festival named before, not the person quoted before it', () => {
    const text = 'Councillors cut the hours of the Elm Park Summer Festival. Its director, Sam Odell, told reporters the curfew was "a blow". ' +
      'The festival wrote on its website that its team was "gutted but not beaten".';
    assert.deepStrictEqual(speakers(text), ['Sam Odell', 'the Elm Park Summer Festival']);
  });
});
