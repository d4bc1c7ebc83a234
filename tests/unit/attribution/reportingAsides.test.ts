import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "When he came back, Okafor said, he spoke to the crowd": the aside "Okafor said" only reports the sentence; its
// subject is the he after it, someone Okafor tells of, and the next "he told them" goes on with that subject.
describe('reporting asides set off by commas', () => {
  it('reads "When he came back, Okafor said, he spoke" as about the one the profile follows, not Okafor', () => {
    const text = [
      'Elias Brandt, who has died aged 79, was a trumpeter. He played the Harbour Club for thirty years.',
      'His friend Dele Okafor played drums beside him for two decades.',
      'An illness took his breath in 2009, and for a year he did not play. When he came back to the club, Okafor said, he spoke to the crowd for the only time. "The lungs have retired," he told them.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Elias Brandt']);
  });

  it('reads "When Rolf Ingram, then its critic, wrote …, Brandt tore" as Brandt\'s sentence, past the appositive and quoted words', () => {
    const text = [
      'Elias Brandt, who has died aged 79, was a trumpeter.',
      'Brandt hated reviews. When Rolf Ingram, then this paper\'s critic, wrote in 1980 that he played "like a man late for a bus", Brandt tore up the page. "Rubbish," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rolf Ingram', 'Elias Brandt']);
  });
});
