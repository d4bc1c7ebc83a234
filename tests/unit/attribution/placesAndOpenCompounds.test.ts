import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the island of Castelmar" is a place, whatever an appositive after it seems to make it; "the coast guard", written
// open, is the body "coastguard" names, not a guard who could be the person just named.
describe('places brought in by "of" and bodies written as open compounds', () => {
  it('takes no place a place noun brings in for the person a description means', () => {
    const text = 'Rescuers reached the dinghy off the Tessarine island of Porvello, a reporter on board saw.\n\n' +
      '"Every hour of delay is a life," the charity said.\n\n' +
      'The Tessarine coast guard said in a statement that its vessel had been "dispatched without delay".';
    assert.strictEqual(speakers(text)[1], 'the Tessarine coast guard');
  });

  it('reads "the coast guard" as a body, not the one named just before', () => {
    const text = '"We sent the alert four hours before we arrived," the charity’s head of operations, Ilse Brandvold, said.\n\n' +
      'The Tessarine coast guard said in a statement that its vessel had been "dispatched without delay".';
    assert.deepStrictEqual(speakers(text), ['Ilse Brandvold', 'the Tessarine coast guard']);
  });
});
