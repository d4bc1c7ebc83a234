import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "he said, as if returning to some former remark of his:": "former" is an adjective there, and "remark" a noun, so
// the clause is "he said", not a speaker called "some former".
describe('"former" as an adjective', () => {
  it('reads "he said, as if returning to some former remark of his:" as the he\'s clause', () => {
    const text = [
      'Old Cotter was sitting at the fire when I came downstairs. While my aunt was ladling out the stirabout he said, as if returning to some former remark of his:',
      '',
      '"No, I would not say he was exactly bad."',
    ].join('\n');
    const [said] = attributions(text);
    assert.notStrictEqual(said.mention?.text, 'some former');
    assert.strictEqual(said.speaker, 'Cotter');
  });
});
