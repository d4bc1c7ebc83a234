import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Another parent, who asked not to be named, said …": "another" brings in someone unnamed as "a" does, and a parent is
// a person noun, so the she after it is that parent, not the last woman the text named.
describe('unnamed people brought in by "another"', () => {
  it('credits a she cue to "another parent" rather than the mother named before', () => {
    const text = [
      'Joanne Pike, whose daughter is in year 9, said the canteen had run out of food twice. "It happens every week," she said.',
      'Another parent, who did not want her name used, said the new cook had made a difference. "The food is better now," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Joanne Pike', 'another parent']);
  });

  it('reads a parent brought in by "a" the same way', () => {
    const text = [
      'Martin Cole said the crossing was dangerous. "Someone will be hurt," he said.',
      'A parent waiting at the gate disagreed. "The lollipop man does a fine job," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Martin Cole', 'a parent']);
  });
});
