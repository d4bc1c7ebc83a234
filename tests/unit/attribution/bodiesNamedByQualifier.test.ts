import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The Northern Council refugee agency said …; the agency said": a name in front of a body's noun qualifies it, so
// "the agency" is that agency, not the council whose agency it is.
describe('a body named by the name qualifying its noun', () => {
  it('calls "the agency" by the whole phrase the name qualifies', () => {
    const text = 'The Northern Council refugee agency said 6,000 people had fled. In a statement, the agency said it was "deeply alarmed."';
    assert.deepStrictEqual(speakers(text), ['the Northern Council refugee agency']);
  });
});
