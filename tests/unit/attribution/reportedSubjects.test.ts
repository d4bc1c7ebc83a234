import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "Okafor said a porter at the station had carried her bags. ¶ “He told me, ‘…’”": a he/she opening a quotation is
// the unnamed subject of the words the sentence just before reported, as the narration describes them.
describe('a he/she inside a quotation after a reported clause about someone unnamed', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is "a porter at the station", the reported clause\'s subject', () => {
    const text = 'Grace Okafor, 58, said a porter at the station had carried her bags to the platform.\n\n"He told me, \'Nobody should carry that alone,\'" Okafor said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Grace Okafor'], [1, 'a porter at the station']]);
  });

  it('is "her son" past an aside between commas', () => {
    const text = 'Grace Okafor said her son, who is 12, had been calm throughout.\n\n"He said, \'Mum, the train will come,\'" Okafor said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Grace Okafor'], [1, 'her son']]);
  });

  it('is "a porter", whose relative clause without commas ("who also worked nights") is no part of the report\'s verb', () => {
    const text = 'Grace Okafor said a porter who also worked nights had carried her bags to the platform.\n\n"He told me, \'Nobody should carry that alone,\'" Okafor said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Grace Okafor'], [1, 'a porter']]);
  });

  it('is not a relative of the other sex', () => {
    const text = 'Grace Okafor said her daughter had been calm throughout.\n\n"He said, \'Mum, the train will come,\'" Okafor said.\n';
    assert.notStrictEqual(speakersOf(text)[1][1], 'her daughter');
  });

  it('is not a description the sentence goes on to name', () => {
    const text = 'Grace Okafor said her son, Tunde, had been calm throughout.\n\n"He said, \'Mum, the train will come,\'" Okafor said.\n';
    assert.notStrictEqual(speakersOf(text)[1][1], 'her son');
  });
});
