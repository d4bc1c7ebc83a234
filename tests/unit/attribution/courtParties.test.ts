import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { speakers } from '../../helpers/attributionText';

// Court copy names a party once by what they did in the case ("pleaded guilty", "gave evidence"), then calls them
// "the defendant" or "the witness": that party, each case of a list its own.
describe('court parties called by their part in the case', () => {
  it('takes "the witness" for the one the text said gave evidence, not the lawyer named last', () => {
    const text = 'Tom Vance, 40, denies assault.\n' +
      'Ms Pryor, 29, gave evidence from behind a screen on Monday.\n' +
      'Asked by Mr Oakes what she did next, she said she had called her sister.\n' +
      '"I could not stop shaking," the witness said.';
    assert.deepStrictEqual(speakers(text), ['Ms Pryor']);
  });

  it('takes "the defendant" inside a prosecutor\'s words for the one who pleaded or admitted in that case', () => {
    const text = [
      'Dean Farrow, 41, of Mill Lane, Ashby, pleaded guilty to driving with excess alcohol.',
      'Prosecuting, Anna Reid said police saw a car drifting across the road.',
      '‘When asked how much he had drunk, the defendant told officers, “Two pints, tops,”’ Miss Reid said.',
      'Colin Marsh, 22, of Cobden Street, admitted assaulting an emergency worker.',
      '‘The defendant said words to the effect of, “You are nothing,” and then lunged forward,’ she said.',
    ].join('\n\n');
    const nested = analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth === 1).map((q) => q.attribution.speaker);
    assert.deepStrictEqual(nested, ['Dean Farrow', 'Colin Marsh']);
  });

  it('leaves "the witness" a description when no one named gave evidence', () => {
    const text = 'Tom Vance, 40, denies assault. A witness who lives nearby was also heard.\n"It was over in seconds," the witness said.';
    assert.notDeepStrictEqual(speakers(text), ['Tom Vance']);
  });
});
