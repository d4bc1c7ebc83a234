import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Adam Vance became chief executive in the summer": a role given by a verb of being or becoming names its holder.
describe('roles given in a predicate', () => {
  it('takes "the chief executive" for the one who "became chief executive", not the woman quoted since', () => {
    const text = 'Ivo Marsh became chief executive in the summer. The MP, Ruth Sowande, said she was worried. "It matters," she said. ' +
      'Asked about her comments, the chief executive said the door was "always open."';
    assert.deepStrictEqual(speakers(text), ['Ruth Sowande', 'Ivo Marsh']);
  });

  it('gives no role from a predicate that ends on no role noun ("was the captain\'s uncle")', () => {
    const text = 'Ivo Marsh was the captain\'s uncle. Ruth Sowande is the club captain. "We won," the captain said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Sowande']);
  });

  it('takes "the former home secretary" for the one who "served four years as home secretary", not the woman quoted last', () => {
    const text = [
      'Fergus Hale, 61, who served four years as home secretary, leaned on that record. Nadia Orme said it was a record of failure.',
      '"You were in charge," she said. "That is a fair question," the former home secretary said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Nadia Orme', 'Fergus Hale']);
  });

  it('takes "the finance director" for the one who "works as finance director", a post held now', () => {
    const text = 'Ivo Marsh works as finance director at the mill. Ruth Sowande said the books were sound. "They are," she said. ' +
      '"We have no debt," the finance director said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Sowande', 'Ivo Marsh']);
  });

  it('takes "the clerk" for the one who "had been clerk to the council", not the man who spoke last', () => {
    const text = [
      'Mr. Osbert Lyle had been clerk to the council for thirty years. Across the table sat Hugo Penrose.',
      '"Shall we begin?" said Penrose. "The minutes first," said the clerk.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugo Penrose', 'Osbert Lyle']);
  });

  it('takes "the chairman" for the one "who was chairman", as for "was chairman" after the name', () => {
    const text = [
      'At the head of the table sat Amos Kettle, who was chairman because nobody else would be. Beside him Jonas Ware filled his pipe.',
      '"Order," said Ware. "Order yourself," said the chairman.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonas Ware', 'Amos Kettle']);
  });
});
