import * as assert from 'node:assert';
import { attributeQuotations } from '../../../server/src/engine/attribution/attribute';
import { quotationsOf } from '../../helpers/attributionText';

// "Mrs." is a married woman's title: among a couple and their daughter of one surname, "Mrs. Brannock" is the mother.
describe('marriedTitles: Mrs. with a surname is the wife or mother among those who share it', () => {
  const peopleOf = (text: string) => attributeQuotations({ original: text, text, format: 'plaintext', utterances: [] }, quotationsOf(text)).people;

  it('gives "Mrs. Brannock" to the mother of the daughter named last, whatever her given name', () => {
    const text = [
      'Walter and Lucille Brannock’s daughter, Alyssa, 22, has been in hospital five times. Mr. Brannock, a retired postman, said the family learned of it late.',
      '',
      'Mrs. Brannock put it more bluntly. “They send her home with a phone number,” she said.',
    ].join('\n');
    const holder = peopleOf(text).find((p) => p.aliases.includes('Mrs. Brannock'));
    assert.strictEqual(holder?.name, 'Lucille Brannock');
  });
});
