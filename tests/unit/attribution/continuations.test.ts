import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A news paragraph of quotation alone goes on with the last speaker of the paragraph before, when that paragraph
// opened with narration and ended with the quotation's clause.
describe('news continuation paragraphs', () => {
  it('gives a paragraph of quotation alone to the speaker whose clause ended the paragraph before', () => {
    const text = [
      'Ilka Strom has coached the side for six years. "We hit the post twice," Strom said after the defeat by Hollins Vale.',
      '"Against a side like that you need luck, and we had none."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ilka Strom', 'Ilka Strom']);
  });

  it('leaves alone a turn after a paragraph that opened with a quotation, as dialogue alternates', () => {
    const text = ['"Where were you?" asked Tomasz.', '"Out."'].join('\n\n');
    assert.notDeepStrictEqual(speakers(text)[1], 'Tomasz');
  });

  it("goes on after a paragraph ending on the speaker's second quotation, after one with its clause", () => {
    const text = [
      'Kelham manager Rob Ince was furious after the final whistle. "We were robbed," Ince said. "The second goal was offside by a yard."',
      '"I have watched it five times now and it gets worse every time."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Rob Ince', 'Rob Ince', 'Rob Ince']);
  });

  it('hands nothing on from a paragraph ending on its only quotation', () => {
    const text = ['The minister spoke to reporters on Monday. Ana Reyes told them: "We will appeal."', '"The ruling is a disgrace."'].join('\n\n');
    assert.deepStrictEqual(speakers(text)[1], null);
  });

  it('gives a paragraph opening on a quotation to the named subject whose reported speech follows it', () => {
    const text = 'Karen Doyle, an officer, said the seizure was huge. "They were wrong," she said.\n"It took us eleven hours to unload it all." Doyle, who led the raid, said officers had found the cocaine in frozen cod.';
    assert.deepStrictEqual(speakers(text), ['Karen Doyle', 'Karen Doyle']);
  });
});
