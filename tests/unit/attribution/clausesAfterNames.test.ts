import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In Dolvik, a town that voted for Brennmark, the mood on Monday was bleak": a phrase after a name's comma whose verb
// follows its modifiers opens the main clause, and one going on with "who" is a person's; neither is an appositive
// making the name a thing's ("Lantern, the restaurant").
describe('a clause after a name’s comma', () => {
  it('does not make the name a thing’s, so a he after it finds the person', () => {
    const text = [
      'Brandla Lund has won the runoff, ending the ten-year rule of Matthias Brennmark and his party.',
      '“We have answered them,” she said.',
      'Brennmark did not appear in public on Sunday night. In a short video, he said he would “respect the decision of the voters”.',
      'The campaign director, Stefan Orlo, went further, telling reporters there had been “industrial-scale” fraud.',
      'In Dolvik, a steel town that voted heavily for Brennmark, the mood on Monday was bleak.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Brandla Lund', 'Matthias Brennmark', 'Stefan Orlo']);
  });

  it('is no thing’s when its phrase goes on with “who”', () => {
    const text = [
      '“This is the year we stopped shrinking,” Chief Executive Sunita Bhasin said in the results statement.',
      'Bhasin, a former fashion buyer who took over in 2021, told analysts the turnaround was “maybe halfway done.”',
      'A person close to the board, who was not authorized to speak, said directors had received “no approaches” this year.',
      'Bhasin, asked the same question on the call, laughed. “I’m enjoying the job too much to sell it,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Sunita Bhasin', 'Sunita Bhasin', 'a person close to the board', 'Sunita Bhasin']);
  });

  it('leaves a name with a thing’s appositive a thing’s', () => {
    const text = [
      'Marta Soll opened Lantern, the twenty-seat restaurant on the quay, in 2019.',
      'Lantern was full on Friday. “We had a queue,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Marta Soll']);
  });
});
