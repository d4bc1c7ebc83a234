import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "Okafor recalled a conversation with a porter at the station. ¶ “He said to me, ‘…’”": a he/she retelling words
// inside a quotation is the newcomer the sentence just before brought in unnamed, not the quotation's speaker.
describe('a retold he/she inside a quotation after a sentence bringing in someone unnamed', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is "a ticket inspector", met in a conversation, not the speaker herself', () => {
    const text = 'Grace Okafor, 58, recalled a conversation with a ticket inspector at Halden station last winter.\n\n"She said to me, \'Nobody should wait that long,\'" Okafor said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Grace Okafor'], [1, 'a ticket inspector']]);
  });

  it('is the first one the sentence brings in, not a relative its later clause mentions', () => {
    const text = 'Grace Okafor said a stranger had written to her in March to say her nephew was safe.\n\n"He told me, \'The boy is well,\' and nothing else," Okafor said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Grace Okafor'], [1, 'a stranger']]);
  });

  it('is "his supervisor", not the description in apposition nor one in its relative clause', () => {
    const text = 'Tomas Reyes said his supervisor, a retired surgeon who is not a union member, had come by with coffee.\n\n"He told me, \'I will not cross it either,\'" Reyes said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Tomas Reyes'], [1, 'his supervisor']]);
  });

  it('is "a nurse" for an object pronoun before a participle, past a description saying what the speaker is', () => {
    const text = 'Tomas Reyes, who works as a sound engineer, said a nurse stayed with him that night.\n\n"I remember her saying, \'You are not forgotten,\' and I believed it," Reyes said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Tomas Reyes'], [1, 'a nurse']]);
  });

  it('is not a description the sentence names as someone of the other sex', () => {
    const text = 'Her old deputy, a former coach called Owen Pryce, remembers the first meeting Ruth Calloway chaired.\n\n"She stood up and said, \'We start today,\'" Pryce said.\n';
    assert.notStrictEqual(speakersOf(text)[1][1], 'a former coach');
  });
});
