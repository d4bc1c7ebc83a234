import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A he/she cueing a quotation inside a quotation, when nothing nearer settles it, goes back to a subject: "the <role>"
// the speaker's own words brought up, else the one of its gender the paragraph before the quotation was about.
describe('a he/she inside a quotation that nothing nearer settles', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the one a "the <person>" subject of the words describes', () => {
    const text = 'Nell Tarrant dried her hands. "I asked about the roof, and the man from the council came round, and he said, \'It will see the winter out.\' It did not," Nell Tarrant said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Nell Tarrant'], [1, 'the man from the council']]);
  });

  it('is the man the paragraph before was about', () => {
    const text = 'The album is for her father, Owen Pryce, a ferryman who died in March. It took two years.\n\n"He taught me to row. He used to say, \'Pull from the back,\'" Ada Pryce said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ada Pryce'], [1, 'Owen Pryce']]);
  });

  it('is not one the reported words name', () => {
    const text = 'Owen Pryce came to the door and said he was busy.\n\n"He says, \'Tell Mr. Pryce the boat is ready,\'" said Ada.\n';
    assert.notStrictEqual(speakersOf(text)[1][1], 'Owen Pryce');
  });
});
