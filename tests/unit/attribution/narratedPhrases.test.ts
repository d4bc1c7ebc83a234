import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News quotes a phrase inside a sentence of its narration: with no speech clause of its own, the phrase is the words
// of the one the sentence reports.
describe('a phrase quoted in a sentence of news narration', () => {
  const opening = 'Simon Halloran chairs the campaign. “Nadia has the members,” Halloran said. “And the members are the ones with a vote.”';

  it('is the words of the sentence’s subject, by a verb that is not one of saying', () => {
    const text = [opening, 'Simon Halloran, the MP for Eastgate, spoke after the count. The Eastgate MP predicted his candidate would win “by a few thousand votes”.'].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Simon Halloran');
  });

  it('is not the subject of a passive verb of saying before it', () => {
    const text = [opening, 'Simon Halloran, the MP for Eastgate, spoke after the count. The Eastgate MP predicted that the party would be told of its win “by a few thousand votes”.'].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Simon Halloran');
  });

  it('stays unattributed in a text that leaves its turns uncued, as a story does', () => {
    const text = ['“Where is it?”', '“Gone.”', '“Gone where?”', 'Simon Halloran, the MP for Eastgate, spoke after the count. The Eastgate MP predicted his candidate would win “by a few thousand votes”.'].join('\n\n');
    assert.strictEqual(speakers(text)[3], null);
  });

  // A clause joined by "and" further back than the speech verb's near reach is looked up, not walked to.
  const filler = Array.from({ length: 30 }, () => 'of the long count').join(' ');

  it('is the words of the subject of the clause an "and" joined far back in a long sentence', () => {
    const text = [opening, `Nadia Quist opened the count and Simon Halloran stood in the hall ${filler} then told reporters the vote would be “close”.`].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Simon Halloran');
  });

  it('is, in a sentence without a stop, the subject of its own clause joined far back', () => {
    const names = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'Nadia Quist' : 'Simon Halloran'));
    const clauses = names.map((name, i) => `and ${name} stood in the hall ${filler} then told reporters the vote would go “way ${i}”`);
    const text = [opening, `Nadia Quist opened the count ${clauses.join(' ')}.`].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(2), names);
  });
});
