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

  it('gives a titled surname two bearers share to the one the opening names, once the other was told apart as "the younger"', () => {
    const text = [
      'Dr Alys Penrose has closed her surgery in Llanfair after 35 years as its only GP.',
      'Their son, Dr Huw Penrose, works as a surgeon in Cardiff. “We never had a quiet supper,” the younger Dr Penrose said.',
      'The practice nearly closed in 2001. In a letter to the health board, Dr Penrose wrote that closing it would leave patients “an hour from a nurse”.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Huw Penrose', 'Alys Penrose']);
  });

  it('gives a lone surname with a he/she that fits both to the one the opening names, not the relative named since', () => {
    const text = [
      'At dawn the nets come up, and Dr Ines Varga leans over the rail to count the catch.',
      'Also on board, as a deckhand, is Lotte Varga, 23, her niece. “I was seasick for a week,” Lotte Varga said.',
      'The institute warned in a report last year that the shoals were moving north, and that the fleets would follow them within a decade or two.',
      'Varga was not always so sure of it. “I thought the cod would never leave,” she says now.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Lotte Varga', 'Ines Varga']);
  });
});
