import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A lone name the text first writes where nothing shows it is a person's ("had prompted Strether not to wait") is one
// there too once a later sentence shows it ("Strether had a rueful glance for the lady"), so a he/she in between may
// refer to it.
describe('a lone name shown to be a person only later', () => {
  const text = (later: string) => [
    'A telegram said that Waymarsh would not arrive till evening. The news prompted Strether not to wait at the dock.',
    '"I shall dine alone, then," he said.',
    later,
  ].join('\n\n');

  it('is that person from its first mention', () => {
    assert.deepStrictEqual(speakers(text('At the hotel Strether had a rueful glance for the porter.')), ['Strether']);
  });

  it('is not when nothing shows it', () => {
    assert.deepStrictEqual(speakers(text('The hotel was quiet.')), ['Waymarsh']);
  });
});
