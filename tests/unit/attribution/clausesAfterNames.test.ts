import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In Brenik, a town that voted for Gruvner, the mood on Monday was bleak": a phrase after a name's comma whose verb
// follows its modifiers opens the main clause; it is no appositive making the name a thing's ("Lantern, the restaurant").
describe('a clause after a name’s comma', () => {
  it('does not make the name a thing’s, so a he after it finds the person', () => {
    const text = [
      'Teodora Lund has won the runoff, ending the ten-year rule of Matthias Gruvner and his party.',
      '“We have answered them,” she said.',
      'Gruvner did not appear in public on Sunday night. In a short video, he said he would “respect the decision of the voters”.',
      'The campaign director, Stefan Orlo, went further, telling reporters there had been “industrial-scale” fraud.',
      'In Brenik, a steel town that voted heavily for Gruvner, the mood on Monday was bleak.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Teodora Lund', 'Matthias Gruvner', 'Stefan Orlo']);
  });

  it('leaves a name with a thing’s appositive a thing’s', () => {
    const text = [
      'Marta Soll opened Lantern, the twenty-seat restaurant on the quay, in 2019.',
      'Lantern was full on Friday. “We had a queue,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Marta Soll']);
  });
});
