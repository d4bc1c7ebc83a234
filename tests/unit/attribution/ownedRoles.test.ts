import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the prime minister’s official spokesman" speaks for the prime minister and is never him, nor anyone the text
// merely named near the words "prime minister".
describe('roles owned by someone', () => {
  it('keeps "the prime minister’s official spokesman" a description, not the prime minister named just before', () => {
    const text = [
      'The prime minister, Callum Reddaway, has declined to take sides.',
      '“He has full confidence in his ministers,” said the prime minister’s official spokesman.',
    ].join(' ');
    assert.deepStrictEqual(speakers(text), ['the prime minister’s official spokesman']);
  });

  it('reads the words before the possessive as the owner, not as what kind of spokesman (no one introduced near "prime")', () => {
    const text = [
      'The communities secretary, Gareth Lyle, wrote to the prime minister on Monday. “It was courteous,” he said.',
      '“He has full confidence in his ministers,” said the prime minister’s official spokesperson.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Gareth Lyle', 'the prime minister’s official spokesperson']);
  });
});
