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
});
