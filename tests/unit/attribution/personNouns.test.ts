import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "guide" names what someone is, as "surgeon" does: a description it heads is a speaker of its own.
describe('guide as a person noun', () => {
  it('credits a he/she cue to the guide the narration opens on, not the last man named', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The guide leaned over the map and frowned. "The river is too high to cross," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the guide']);
  });

  it('gives an uncued turn to the guide the narration before it ends on', () => {
    const text = [
      'Walter Prescott had gone home long before the storm broke.',
      'The old guide pointed at the falls.',
      '"Woman country, up there."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old guide']);
  });
});

// A he/she that refers to no one named falls back on the description the narration last gave of someone: a noun of
// no gender ("the visitor") serves as "the young lady" does, unless the pronoun's gender rules it out.
describe('descriptions of no gender for a he/she no one named', () => {
  it('credits the visitor', () => {
    const text = 'Ellen Marsh poured the tea and spoke of accidents on the road. But the visitor was not to be drawn so easily. "They do," he said.';
    assert.deepStrictEqual(speakers(text), ['the visitor']);
  });

  it('does not credit a man for a she', () => {
    const text = 'Walter Prescott poured the tea. But the gentleman was not to be drawn so easily. "They do," she said.';
    assert.notDeepStrictEqual(speakers(text), ['the gentleman']);
  });
});

// "dame" is a woman as "lady" is: an unnamed one is named by her description in full, and "Dame" before a name stays a title.
describe('dame as a person noun', () => {
  it('gives an unnamed dame her description in full', () => {
    const text = 'The women of the parish stood in a knot by the pump. "Neighbours," said a stout dame of sixty, "mark my words."';
    assert.deepStrictEqual(speakers(text), ['a stout dame of sixty', 'a stout dame of sixty']);
  });

  it('keeps a dame named by title as the named person', () => {
    const text = 'Dame Edna Whitlow opened the new wing on Monday. "It has been a long wait," said Dame Edna.';
    assert.deepStrictEqual(speakers(text), ['Edna Whitlow']);
  });
});
