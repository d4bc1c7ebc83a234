import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An obituary names the family in full once each and calls them by given names or titles after; the surname alone
// stays with the one the story is about, however recently a relative of that surname was named.
describe('shared surnames: the lone surname of a family story is its subject', () => {
  it('gives a lone surname to the subject, not to the wife named by apposition just before it', () => {
    const text = [
      'Osric Pennant, who ran the ferry café at Dunmore for forty years, died on Monday. He was 81.',
      'His wife of 50 years, Margaret Pennant, said he had been baking until the spring.',
      'Pennant was born in Cardiff in 1944. “I only ever wanted a kitchen by the sea,” he said in 2010.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Osric Pennant']);
  });

  it('gives a lone surname to the subject, not to one of the family the text calls by his given name', () => {
    const text = [
      'Osric Pennant, who ran the ferry café at Dunmore for forty years, died on Monday. He was 81.',
      'Aled Pennant, 84, worked the counter beside his brother. “We had one oven and no customers,” Aled said.',
      'In 1998 Pennant told a local paper why the café fed the lifeboat crews for free. “They feed us fish, we feed them cake,” he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Aled Pennant', 'Osric Pennant']);
  });
});
