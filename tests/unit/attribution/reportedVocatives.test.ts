import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A name called inside words the speaker reports ("He said, ‘Evening, Greta.’") was said to someone else, often the
// speaker herself: it does not make that person the hearer, whom a he/she cue could not be.
describe('names called in reported words', () => {
  it('keeps the she cue on the subject just before when the reported words call her by name', () => {
    const text = [
      'Nora Pike pulled off her wet boots by the stove and said nothing.',
      'Greta Holm had kept the lighthouse for forty years, and she still had the voice of a harbourmaster.',
      '“He rowed out in the storm,” she said, “and do you know what he said when he reached my door? He said, ‘Evening, Greta. Rough night.’ As if it were nothing.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Greta Holm', 'Greta Holm']);
  });

  it('still takes a name the speaker calls in her own words for the hearer', () => {
    const text = [
      'Nora Pike pulled off her wet boots by the stove and said nothing.',
      'Greta Holm had kept the lighthouse for forty years, and she still had the voice of a harbourmaster.',
      '“Sit down, Greta,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nora Pike']);
  });
});
