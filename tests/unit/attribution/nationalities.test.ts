import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { formatForPath } from '../../../server/src/engine/formats';

// "the Dane", "the Scot": the person the text gave that nationality, in an appositive of any head or by a country's
// possessive, not the last man quoted.
describe('nationalities given in other words', () => {
  it('takes "the Dane" for the one an appositive calls Danish, named after "from", past another speaker', () => {
    const text = 'The winning kick came from Lars Kjeldsen, the Danish wing who joined in June. Coach Mark Devane was asked about it. ' +
      '"He was brave," Devane said. "I had no time to be nervous," the Dane said.';
    assert.deepStrictEqual(speakers(text), ['Mark Devane', 'Lars Kjeldsen']);
  });

  it('takes "the Scot" and "the Briton" for the ones a country\'s possessive introduced, the possessive no part of the name', () => {
    const text = 'Scotland’s Alasdair Reid won the penalty. Britain’s Tom Harrow finished fourth. Coach Paul Dunne was pleased. ' +
      '"It was fine," Dunne said. "I kept my hands on the ball," the Scot said. "Next time," the Briton said.';
    assert.deepStrictEqual(speakers(text), ['Paul Dunne', 'Alasdair Reid', 'Tom Harrow']);
  });

  it('takes "the champion" for the one an appositive called the world champion, past another speaker', () => {
    const text = 'Mads Holm, the world champion, won the stage. Tom Reed was second. "It hurt," Reed said. "I felt strong," the champion said.';
    assert.deepStrictEqual(speakers(text), ['Tom Reed', 'Mads Holm']);
  });

  it('leaves a place after "from" a place when its appositive gives no role', () => {
    const text = 'Jens Bak flew in from Aarhus, the Danish city. "It is cold," he said.';
    assert.deepStrictEqual(speakers(text), ['Jens Bak']);
  });

  // A name that is also a country's ("Jordan") as the very first word once looked for a "the" before the text's start.
  it('reads a country-named speaker who opens the text or a quotation, without a "the" before it', () => {
    for (const [text, speaker] of [['Jordan said: “It is fine.”', 'Jordan'], ['“Chad told me, ‘It is mouth.’” Ann Cole said.', 'Chad']]) {
      const speakers = analyzeDocument(text, formatForPath('draft.txt', text)).quotations.map((q) => q.attribution.speaker);
      assert.ok(speakers.includes(speaker), `${text}: ${speakers.join(', ')}`);
    }
  });
});
