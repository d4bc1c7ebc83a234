import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A verb's object pronoun in the predicates of a name opening its sentence ("Mackie toured with her and remembered
// her as exacting") is someone else: it says nothing of the name's gender, so a he after it still finds the name.
describe('object pronouns in the predicates of a name opening its sentence', () => {
  const obituary = (verb: string) => [
    'Ingrid Halvard, the folk singer, has died aged 84. Her first record made her reputation.',
    '“She had a voice like a sea wall,” said the promoter Walter Crane, who signed her in 1961.',
    'It was the record that the singer Dougie Mackie credits with changing his life.',
    `Mackie toured with her in the 1970s and ${verb} her as exacting and funny. “A promoter once asked her what her image was,” he said.`,
  ].join('\n\n');

  it('do not make the name a woman’s', () => {
    assert.deepStrictEqual(speakers(obituary('remembered')), ['Walter Crane', 'Dougie Mackie']);
  });

  it('leave a preposition’s object, which may be the subject, out of it', () => {
    const text = [
      'Walter Crane, the promoter, signed the band in 1961.',
      'Maren Ashe took the tapes home with her. “Nobody else wanted them,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Maren Ashe']);
  });
});
