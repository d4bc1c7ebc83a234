import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…, Henrietta,” said her sister": the her of a relative's speech clause is whom its words address, so the speaker
// is that person's relative: the one the text made so, else someone unnamed, never the one last named in narration.
describe('relatives of the addressed', () => {
  it('keeps "said her sister" unnamed when the words address the sister and the text names no sister', () => {
    const text = [
      'Jane Hart kissed Tom, and he went out of the room. Mary had gone downstairs to speak with a friend, and he waited on the landing. He heard Jane Hart\'s voice.',
      '',
      '"His father was my greatest friend. I cannot bear to think that he is dead."',
      '',
      '"You ought not to have gone to the funeral, Jane," said her sister. "I knew it would upset you."',
    ].join('\n');
    const said = speakers(text);
    assert.deepStrictEqual(said, ['Jane Hart', 'her sister', 'her sister']);
  });

  it('gives "her mother" the mother of the daughter the words address, not the relative of the woman last named', () => {
    const text = [
      'Mrs. Quill sat by the window with her daughter, Edith. Mrs. Dale came in, and Lucy Dale followed her.',
      '',
      '"Would it be Tuesday or Wednesday, Edith?" her mother asked.',
    ].join('\n');
    const said = speakers(text);
    assert.deepStrictEqual(said, ['Mrs. Quill']);
  });
});
