import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/names';
import { speakers } from '../../helpers/attributionText';

// One person under the forms of a given name: a clipped one ("Hal" of Halstein), a pet ending on the whole name
// ("Ruthie" of Ruth), a Russian diminutive ("Kolya" of Nikolai) or a name and patronymic without the surname.
describe('attribution: forms of a given name', () => {
  it('gives a clipped given name, itself a name, to the one person whose given name it opens', () => {
    const text = [
      'Halstein Mikkelsen climbed down from the cab and wiped his hands on his overalls.',
      '“The belt has gone,” Hal says.',
      '“Again?” said Wilma Ashdown.',
      '“Again,” Hal says.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Halstein Mikkelsen', 'Wilma Ashdown', 'Halstein Mikkelsen']);
  });

  it('leaves the clipped name alone when two given names open with it', () => {
    const text = [
      'Torvald Mikkelsen and Torben Hald climbed down from the cab.',
      '“The belt has gone,” Hal says.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hal']);
  });

  it('does not give a name to someone of the other sex whose given name it opens', () => {
    const text = ['Pauline Garnock sat by the stove.', '“It is late,” said Paul.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Paul']);
  });

  it('reads a pet ending on the whole given name as that name', () => {
    assert.strictEqual(samePerson('Ruthie Nowak', 'Ruth Nowak'), true);
    assert.strictEqual(samePerson('Rosy Nowak', 'Ross Nowak'), false);
  });

  it('gives a Russian diminutive to the one whose given name it stands for', () => {
    const text = [
      'Nikolai Petrovich Sobolev put down his book.',
      '“Tea?” said Masha Orlova.',
      '“Please,” said Kolya.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Masha Orlova', 'Nikolai Petrovich Sobolev']);
  });

  it('makes a given name and patronymic the full name without its surname, and the fullest form the name', () => {
    assert.strictEqual(samePerson('Vera Ivanovna', 'Vera Ivanovna Kuzmina'), true);
    assert.strictEqual(samePerson('Vera Ivanovna', 'Vera Petrovna Kuzmina'), false);
    const text = [
      '“Good evening,” said Vera Ivanovna.',
      '“Good evening,” said Pyotr.',
      '“You are late,” said Vera Ivanovna Kuzmina, who was never late herself.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Vera Ivanovna Kuzmina', 'Pyotr', 'Vera Ivanovna Kuzmina']);
  });

  it('gives a nickname the narration sets after "who is" to the full name before it', () => {
    const text = [
      'Behind the wheel sat Desmond Okafor, who is Bear to everyone but his mother.',
      '“Left here,” says Bear.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Desmond Okafor']);
  });

  it('finds the one named past a place between "whom everyone" and "called"', () => {
    const text = [
      'Henri Lamarque, whom everyone in Saint-Aubin called Riri, was asleep by the oven.',
      '“Bread,” said Riri.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Henri Lamarque']);
  });
});
