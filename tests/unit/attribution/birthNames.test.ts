import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An obituary gives the name its subject was born with ("Born Agnes Carr in 1937, she …"): the same given name under
// another surname is that person, so the she going on from it is theirs, not a stranger's.
describe('a birth name after "Born"', () => {
  it('is the person already named with that given name, so the she after it stays theirs', () => {
    const text = [
      'Ruth Talbot, who ran the village post office for forty years, has died. She was 91.',
      'Her nephew, Colin Ames, said she had opened the shop every day. "Even Christmas," he said.',
      'Born Ruth Penrose in Truro in 1933, she worked in a bank before marrying. "Numbers never frightened me," she said in 1990.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Colin Ames', 'Ruth Talbot']);
  });

  it('leaves a different given name after "Born" to someone new', () => {
    const text = [
      'Ruth Talbot, who ran the village post office for forty years, has died. She was 91.',
      'Born Jane Penrose in Truro in 1933, her sister was the elder by two years. "Ruth was the brave one," Jane Penrose said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Jane Penrose']);
  });
});
