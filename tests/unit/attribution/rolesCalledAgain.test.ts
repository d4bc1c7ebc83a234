import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News shortens an unnamed speaker's description to its noun: "said the prime minister’s official spokesman … the
// spokesman said". With no named holder of the role, the short phrase is that description.
describe('unnamed roles called again by their noun', () => {
  it('gives "the spokesman" the description that brought the role in, not the person named last', () => {
    const text = [
      'The prime minister, Callum Reddaway, has declined to take sides. “He has full confidence in his ministers,” said the prime minister’s official spokesman.',
      'Pressed on whether Mr Reddaway had read the paper, the spokesman said he would “not comment on leaks.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the prime minister’s official spokesman', 'the prime minister’s official spokesman']);
  });

  it('gives "the spokeswoman" an indefinite description in full', () => {
    const text = 'The mayor, Tom Padgett, called it vandalism. “It is a disgrace,” said a spokeswoman for the mayor. “We will fight it,” the spokeswoman added.';
    assert.deepStrictEqual(speakers(text), ['a spokeswoman for the mayor', 'a spokeswoman for the mayor']);
  });

  it('leaves a role someone named holds to its holder', () => {
    const text = [
      'Dan Ives, a spokesman for the league, defended the ban. “We will appeal,” said the club’s official spokesman.',
      'The league met on Monday. “It is fair,” the spokesman said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Dan Ives');
  });
});
