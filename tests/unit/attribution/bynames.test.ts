import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/attribute';
import { parseName } from '../../../server/src/engine/attribution/names';

// "Sir Edric of Thornwick": a name, then "of" and a place, is a byname; the person is the name before "of".
describe('a byname with "of"', () => {
  it('is the person its name before "of" names', () => {
    assert.ok(samePerson('Sir Brannoc', 'Brannoc of Hollowmere'));
    assert.ok(samePerson('Brannoc', 'Sir Brannoc of Hollowmere'));
    assert.ok(!samePerson('Hollowmere', 'Brannoc of Hollowmere'));
    assert.deepStrictEqual(parseName('Lady Ysolde of Carrow').core, ['Ysolde']);
  });

  it('leaves titles of a place and bodies\' names as they were', () => {
    assert.deepStrictEqual(parseName('Duke of Wellington').core, ['Wellington']);
    assert.deepStrictEqual(parseName('Board of Assessment').core, ['Assessment']);
    assert.deepStrictEqual(parseName('the state Board of Assessment').core.includes('of'), false);
    assert.ok(!samePerson('Bank', 'Bank of Ardmore'));
  });
});
