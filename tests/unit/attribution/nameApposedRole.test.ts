import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "Mr. Pike the foreman comes down the row, shouting": a role after "the" right after a name is in apposition to it.
const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => q.attribution.speaker);

describe('a role after "the" right after a name', () => {
  it('leaves the name the subject that speaks', () => {
    const text = 'About ten o\'clock Mr. Brisco the lock-keeper came down the towpath, shouting, "Up! Up and out!"\n';
    assert.deepStrictEqual(speakersOf(text), ['Mr. Brisco']);
  });

  it('is no apposition after a preposition: "On Tuesday the minister said"', () => {
    const text = 'On Tuesday the minister said, "The lock is safe."\n';
    assert.deepStrictEqual(speakersOf(text), ['the minister']);
  });
});
