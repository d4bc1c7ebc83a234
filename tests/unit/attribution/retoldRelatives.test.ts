import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

const nestedSpeakers = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

// A relative the sentence before a quotation opens on is whom a he/she retold inside it goes back to: named in
// apposition, by that name; with a kin adjective ("her eldest daughter"), by all of it.
describe('a relative the sentence before a retold quotation opens on', () => {
  it('is named so when the narration gives the name in apposition', () => {
    const text = [
      'Rosa Quintal, 71, a retired nurse from Hollin Bay, joined the trial in March. "I was curious," Ms. Quintal said.',
      'Her grandson, Teodor, who is 8, had doubts about the whole thing, she said.',
      '"He asked me, \'Are you a lab rat now?\' and I said, \'Only on Tuesdays.\'"',
    ].join('\n\n') + '\n';
    const inner = nestedSpeakers(text).filter(([depth]) => depth === 1);
    assert.deepStrictEqual(inner, [[1, 'Teodor'], [1, 'Rosa Quintal']]);
  });

  it('keeps the kin adjective that tells which relative it is', () => {
    const text = [
      'Parents packed the hall in Wensley. Tamsin Orde, a mother of three, said she was furious. "Nobody asked us," she said.',
      'Her youngest son, who is six, had come home worried about his friends, she added.',
      '"He said, \'Mummy, will I still see Alfie?\' I had no answer."',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).filter(([depth]) => depth === 1), [[1, 'her youngest son']]);
  });

  it('is not a relative named in apposition who speaks the sentence themselves', () => {
    const text = [
      'Harold Venn, 88, died on Sunday. He had kept the lighthouse at Corran Point for forty years.',
      'His grandson, Milo Venn, said his grandfather never missed a night. "He used to tell me, \'The lamp does not care if you are tired,\'" he said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(nestedSpeakers(text).filter(([depth]) => depth === 1), [[1, 'Harold Venn']]);
  });
});
