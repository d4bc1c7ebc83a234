import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A story speaks of a relative by a kin word from its first scene and names them only later, as the next sentence's
// subject or by a copula ("Jean was my mother"): the kin word means that one person from the start.
describe('attribution: a relative named only after their first words', () => {
  it('reads an early "his father said" as the father the narration names further on', () => {
    const text = [
      'Lunch at the Ostrowskis’ was at one. Pawel came down late. Next door, Mr. Hemmings was mowing.',
      '“Sit,” his father said.',
      'Pawel sat. His father went back to the newspaper. When Tomasz Ostrowski had first come over, he had driven a bus for nine years.',
      '“Eat,” his father said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Tomasz Ostrowski', 'Tomasz Ostrowski']);
  });

  it('names no one so when the narration introduced two different fathers', () => {
    const text = [
      'Pawel came down late.',
      '“Sit,” his father said.',
      'Pawel sat. His father went back to the newspaper. When Tomasz Ostrowski had first come over, he had driven a bus.',
      'Across the road Kuba was mowing. His father waved. Ryszard Nowak had been a miner.',
    ].join('\n\n');
    assert.ok(!['Tomasz Ostrowski', 'Ryszard Nowak'].includes(speakers(text)[0]!));
  });

  it('reads an early "my mother said" as the one a later "X was my mother" names', () => {
    const text = [
      'I came home on the Friday.',
      '“You look tired,” my mother said.',
      'I said I was fine. Years later I would think of that kitchen often. Agnieszka Wolak was my mother, and she missed nothing.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Agnieszka Wolak']);
  });
});
