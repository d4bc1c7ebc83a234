import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A feature calls the person it is about by a role the text never gave anyone ("the novelist", "the retired
// skipper"): that is the one the sentence before spoke of, when the text was about them already. A role the text has already used for someone else's
// introduction points back to that introduction, not to the last person mentioned.
describe('a fresh description of the person just written about', () => {
  it('takes "the cellist" to the she that opens the sentence before', () => {
    const text = [
      'Ines Valcourt has played in the same quartet since 1979. "The bow is older than my son," she said.',
      'Her work now sells in Tokyo. She is not sure what to make of that. "It is odd to be fashionable at seventy," the cellist said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ines Valcourt', 'Ines Valcourt']);
  });

  it('passes over a sentence that names no one, to the one the text was already about', () => {
    const text = [
      'Gideon Marsh was born in Fraserburgh in 1931. Marsh learned to swim in the harbour and later kept the light at Kinnaird Head. The two men wrote to each other every winter.',
      '"He answered every letter within a week," the old lighthouse keeper said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Gideon Marsh']);
  });

  it('leaves it a phrase for one the text brought in only the sentence before (another may be set against them)', () => {
    assert.deepStrictEqual(speakers('Piotr Nowak scored twice. "He gave me no chance," said the goalkeeper.'), ['the goalkeeper']);
  });

  it('leaves a role the text used before to that earlier use, not to whoever was just named', () => {
    const text = [
      'Her partner tonight is Omar Reyes, 31, a firefighter on his second year.',
      'Lena Brandt, who runs the station, made the tea. The last call came at four. "Keep the door shut," the firefighter told her.',
    ].join('\n');
    assert.notDeepStrictEqual(speakers(text), ['Lena Brandt']);
  });
});
