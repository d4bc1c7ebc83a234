import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import type { Item } from '../../../server/src/engine/attribution/narration';
import { lastBefore, wordPositions } from '../../../server/src/engine/attribution/wordPositions';

describe('where each word stands, for walks back to a noun', () => {
  it('lists a word’s uses in order, by its normal form, words only', () => {
    const words = ['The', 'captain', 'said', '.', 'Captains', 'said', ',', 'and', 'the', 'captain', 'nodded', '.'];
    const items = words.map((text) => ({ kind: /\w/.test(text) ? 'word' : 'punct', text, lower: text.toLowerCase() }) as unknown as Item);
    const uses = wordPositions(items).get('captain') ?? [];
    assert.deepStrictEqual(uses.map((k) => items[k].text), ['captain', 'captain']);
    assert.ok(uses.every((k, i) => i === 0 || uses[i - 1] < k));
  });

  it('finds the last use before a position', () => {
    assert.strictEqual(lastBefore([2, 5, 9], 9), 1);
    assert.strictEqual(lastBefore([2, 5, 9], 10), 2);
    assert.strictEqual(lastBefore([2, 5, 9], 2), -1);
    assert.strictEqual(lastBefore([], 4), -1);
  });

  it('still walks back however far: a tag many lines on takes the description that brought the source in', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `The captain of boat ${i} waved.`).join('\n\n');
    const text = `Talks resumed on Monday.\n\nDelegates met in Vesna.\n\nA senior diplomat said the talks had stalled.\n\n${filler}\n\n“Nothing moves,” the diplomat said.`;
    assert.deepStrictEqual(speakers(text).slice(-1), ['a senior diplomat']);
  });
});
