import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Neither did she.", "Either was fine": the pronouns neither and either opening a sentence name no one.
describe('"Neither" and "Either" opening a sentence', () => {
  it('are no speaker', () => {
    const text = [
      'I didn\'t say anything to that. Neither did she. She pulled a glove off and put it on again.',
      '"Where is it?"',
      'She looked at me for a long time. Either was possible.',
      '"In the checkroom."',
    ].join('\n\n') + '\n';
    const found = speakers(text);
    assert.ok(!found.includes('Neither') && !found.includes('Either'), String(found));
  });
});
