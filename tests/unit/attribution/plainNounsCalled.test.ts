import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "a Kentish boy called Dowsett", "a man named Tidmarsh": a plain noun for a person is no role, but the name given
// after it is the newcomer the description brought in, whom a he/she or a joined speech verb after it means.
describe('a name given after a plain person noun', () => {
  it('credits the he/she after "a young boy called …" to the name, not the description', () => {
    const text = [
      '"Keep low," said Kit.',
      'At the top I passed a young boy called Pellow. He grinned at me. "Mind the rope, sir," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kit', 'Pellow']);
  });

  it('takes a county or nationality before the noun for a modifier ("a Cornish lad called …")', () => {
    const text = [
      '"Keep low," said Kit.',
      'At the top I passed the lookout coming down, a Cornish lad called Pellow, and he grinned at me. "Mind the rope, sir," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kit', 'Pellow']);
  });

  it('makes the name the subject of "a man called … took me to lunch and said"', () => {
    const text = [
      '"Keep low," said Kit.',
      'When I came out, my ambassador, a man called Gerald Hume, took me to lunch and said, "You are there to have dinner."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kit', 'Gerald Hume']);
  });

  it('leaves a description with no name given to the description', () => {
    const text = [
      '"Keep low," said Kit.',
      'A tall man took me to lunch and said, "You are there to have dinner."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kit', 'a tall man']);
  });
});
