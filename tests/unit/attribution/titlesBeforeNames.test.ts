import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Storm center Tomasz Zielinski … “…,” the center said": a lower-case noun written as the title before a name is
// that person's calling, even one the lexicon knows only as a body ("the center") or not at all.
describe('a title written before a name', () => {
  it('gives "the center" to the one written "Harbor center Ivo Lasko"', () => {
    const text = [
      'Harbor center Ivo Lasko, who had 24 points, sat beside his coach, Dana Reyes.',
      '"Coach told us to be patient," Lasko said.',
      '"I said it more politely," Reyes said.',
      '"No, you did not," the center said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ivo Lasko', 'Dana Reyes', 'Ivo Lasko']);
  });

  it('leaves "the center" a body when no one was written with it as a title', () => {
    const text = 'Ivo Lasko visited the research center in May. "Our data is open," the center said.';
    assert.deepStrictEqual(speakers(text), ['the center']);
  });
});
