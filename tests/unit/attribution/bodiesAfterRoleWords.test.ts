import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the general staff said": a body's noun after a role word is the head the role word qualifies, and the body speaks
// as itself, not "the general"; where it sits may stand between it and its verb.
describe('a body whose noun follows a role word', () => {
  const lede = 'General Oleh Marchenko visited the front on Monday, where fighting went on through the night.';

  it('speaks before its quotation, also with where it sits', () => {
    const text = `${lede}\n\nThe general staff in Tavrin, the capital, said its troops had repelled "seven assaults."\n\nThe general staff said the line was "stable."\n`;
    assert.deepStrictEqual(speakers(text), ['the general staff', 'the general staff']);
  });

  it('speaks after its quotation, also with where it sits', () => {
    const text = `${lede}\n\n"The enemy lost two battalions," the general staff in Tavrin said in a morning update.\n\n"Our positions hold," the general staff said.\n`;
    assert.deepStrictEqual(speakers(text), ['the general staff', 'the general staff']);
  });

  it('leaves the role word alone a person ("said the general")', () => {
    const text = `${lede}\n\n"We hold," said the general.\n`;
    assert.deepStrictEqual(speakers(text), ['Oleh Marchenko']);
  });
});
