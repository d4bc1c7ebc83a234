import * as assert from 'node:assert';
import { vocativesIn } from '../../../server/src/engine/attribution/dialogue';

// "Good-evening, Mr. Quist": a greeting however written (hyphened, closed up or spaced) is no name the words call.
describe('a greeting opening the words', () => {
  for (const greeting of ['Good-evening', 'Good evening', 'Good-afternoon', 'Goodnight', 'Good-day']) {
    it(`is not called: "${greeting}, Mr. Quist"`, () => {
      assert.deepStrictEqual(vocativesIn(`${greeting}, Mr. Quist. Sit down.`), ['Mr. Quist']);
    });
  }
});
