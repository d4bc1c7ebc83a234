import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A story's opening withholds names: "a coroner said" is the one coroner the story names further down.
describe('ledes: a role the opening leaves unnamed', () => {
  it('credits "a coroner" in the opening to the one coroner named later', () => {
    const text = [
      'A quarry worker died because a safety barrier had been removed, a coroner said, calling the site “an accident waiting to happen.”',
      'Tom Reddy, 41, fell twelve metres in March.',
      'Recording a narrative conclusion, coroner Helen Marsh said the barrier had been “taken down for convenience.”',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Helen Marsh', 'Helen Marsh']);
  });

  it('leaves it unnamed when the text gives the role to two people', () => {
    const text = [
      'A quarry worker died because a safety barrier had been removed, a coroner said, calling the site “an accident waiting to happen.”',
      'Coroner Helen Marsh recorded a narrative conclusion; a second inquest, before coroner Ian Dodd, is due in May.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['a coroner']);
  });
});
