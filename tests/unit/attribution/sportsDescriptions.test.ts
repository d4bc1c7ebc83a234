import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Sports reports call the person just named by a description the text never gave them: a nationality ("the
// Spaniard"), an age ("the 27-year-old"), a position ("the defender").
describe('sports descriptions of the one just named', () => {
  it('takes "the Spaniard" for the manager the sentence before names, though no one was called Spanish', () => {
    const text = 'Hollins Park’s coach, Mateo Garrido, was furious at the final whistle. "We gave the points away," the Spaniard said.';
    assert.deepStrictEqual(speakers(text), ['Mateo Garrido']);
  });

  it('takes "the Frenchwoman" for the one named just before, not another woman quoted earlier', () => {
    const text = 'Ines Valk said she was tired. "It was long," Valk said. Claire Dufour was more upbeat after her win. ' +
      '"I feel good," the Frenchwoman said.';
    assert.deepStrictEqual(speakers(text), ['Ines Valk', 'Claire Dufour']);
  });

  it('reads "the American Marta Kline" as Marta Kline, an American, whom "the American" and her surname then name', () => {
    const text = 'Ruth Ogden needed an hour to beat the American Marta Kline. Kline, beaten 6-0, was blunt. "I was slow," she said. ' +
      '"I will be back," the American said.';
    assert.deepStrictEqual(speakers(text), ['Marta Kline', 'Marta Kline']);
  });

  it('reads "Dean Pryor" as a man named Dean, not the title of his brother Ivo Pryor', () => {
    const text = 'Ivo Pryor scored for the hosts and his brother Dean Pryor for the visitors. "He owes me a drink," Dean Pryor said. ' +
      '"I owe him nothing," Ivo Pryor said.';
    assert.deepStrictEqual(speakers(text), ['Dean Pryor', 'Ivo Pryor']);
  });

  it('keeps a lone surname with an appositive role that runs on past an adverb ("the champion here two years ago") a person', () => {
    const text = 'Vera Orlik lost to Ana Brisco. "Out," Orlik told the umpire, Kim Tove. "In," Tove replied. ' +
      'Orlik, the champion here two years ago, was fined moments later. She said her serve had "deserted" her.';
    assert.deepStrictEqual(speakers(text), ['Vera Orlik', 'Kim Tove', 'Vera Orlik']);
  });

  it('goes on through a sentence opening on a description ("The 22-year-old … beat …") to whom it describes', () => {
    const text = 'Lotte Brenner said on Friday that her knee was fine. The 22-year-old, seeded fourth, beat the Czech Eva Novak ' +
      'and will play Mia Rossi next. "I feel strong," the German said.';
    assert.deepStrictEqual(speakers(text), ['Lotte Brenner']);
  });
});
