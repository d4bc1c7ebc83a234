import * as assert from 'node:assert';
import { bylineName } from '../../../server/src/engine/attribution/bylines';
import { speakers } from '../../helpers/attributionText';

// A feature's own questions ("“…?” I ask.") are its writer's, whom the byline names.
describe('bylines: the first person of a feature is its writer', () => {
  it('reads the byline among the first lines, with or without a role after it', () => {
    assert.strictEqual(bylineName('A life at sea\nBy Tom O’Neill, Arts Correspondent\nHe met me at the pier.'), 'Tom O’Neill');
    assert.strictEqual(bylineName('By Ana Sousa\nShe met me at the pier.'), 'Ana Sousa');
    // A sentence opening on "By" is narration, and a byline far into the text is none.
    assert.strictEqual(bylineName('By Friday Morning Calm had sold out.\nThe owners were pleased.'), null);
    assert.strictEqual(bylineName('One\nTwo\nThree\nFour\nBy Ana Sousa'), null);
  });

  it('gives the writer’s questions to the bylined writer and the answers to the one asked', () => {
    const text = [
      'The last keeper of Skerry Light',
      'By Ines Whitlow',
      'Donald Baird kept the light on Skerry for 23 years. We talk in his kitchen in Oban.',
      '“Were you ever lonely out there?” I ask.',
      '“Never,” Baird says. “There was always the radio.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ines Whitlow', 'Donald Baird', 'Donald Baird']);
  });
});
