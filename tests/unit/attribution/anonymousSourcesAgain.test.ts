import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "One member of the expedition, who asked not to be named, said …. “…,” the climber said": a definite tag right after a
// sentence about a source the text keeps unnamed is that source, even where someone named holds the tag's role.
describe('anonymous sources called again by a role', () => {
  it('credits "the climber" to the unnamed member just quoted, not the climber named before', () => {
    const text = [
      'Nadia Brook, a veteran climber, led the team up the north face in May. "We were slow," Brook said.',
      'One member of the expedition, who asked not to be named, said the descent had gone well until the last hour. "There was nothing in the snow to warn you," the climber said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nadia Brook', 'one member of the expedition']);
  });

  it('reads a source "another" brings in, speaking on condition of anonymity, the same way', () => {
    const text = [
      'Paul Grant, an investor at Morvane Capital, called the bid low. "It will have to rise," he said.',
      'Another large shareholder, speaking on condition of anonymity, was blunter. "The board has had six years," the investor said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Paul Grant', 'another large shareholder']);
  });

  it('keeps the named holder when the source before gave their name', () => {
    const text = [
      'Nadia Brook, a veteran climber, led the team up the north face in May. "We were slow," Brook said.',
      'One member of the expedition said the descent had gone well until the last hour. "There was nothing in the snow to warn you," the climber said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nadia Brook', 'Nadia Brook']);
  });
});
