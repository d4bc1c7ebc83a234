import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A he/she inside a quotation that no name in it or around it settles is the stranger the quotation's own words
// brought in by an indefinite description of that gender ("there was a man standing with a lantern").
describe('a he/she speaking inside a quotation that names no one of its gender', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the stranger its words described', () => {
    const text = 'Ann Reed sat by the fire. "At the foot of the hill there was a man standing with a lantern. He held it up, and he said, \'Go home by the road.\' So I did," said Ann Reed.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ann Reed'], [1, 'a man']]);
  });

  it('keeps the stranger of a long told story, many sentences on', () => {
    const long = 'I told him that I had walked that road a hundred times, which was a lie, for I had walked it perhaps four times in my life and always by daylight, with my brother beside me and the dog running on ahead of us both.';
    const text = `Ann Reed sat by the fire. "At the foot of the hill there was a man standing with a lantern. ${long} ${long} And he said, 'Then you know where the stone is.' So I did," said Ann Reed.\n`;
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ann Reed'], [1, 'a man']]);
  });

  it('is one of no sex the clause\'s own sentence brought in and asked ("When I asked a clerk …, she said")', () => {
    const text = 'Ann Reed runs the food bank. "When I asked a clerk where the families should go now, she said, \'There is a website.\' A website," said Ann Reed.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Ann Reed'], [1, 'a clerk']]);
  });
});
