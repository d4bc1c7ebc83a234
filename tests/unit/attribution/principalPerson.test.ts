import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An obituary or a profile is about the one its opening names first and names most: an age no one was given ("the
// 83-year-old"), right after someone named with another age, is theirs, and so is the she going on from it; so is a
// role phrase no one was given, in a story that calls them by their surname.
describe('the principal person', () => {
  it('gives "the 83-year-old" to the one the obituary is about, not the granddaughter of 19 quoted just before', () => {
    const text = [
      'Annick Dunmore, the marine biologist who spent four decades mapping the estuary, has died at her home. She was 84.',
      'Born in Brittany in 1942, Dunmore came to Plymouth to study zoology. "She was certain," said Tom Asante, a student. Dunmore later led the survey.',
      'In a 1987 paper Dunmore warned that the meadows were "disappearing".',
      'Her granddaughter, Meg Dunmore, 19, wrote on social media: "Gran taught me to swim."',
      'In an interview last year, the 83-year-old said she had "no intention of retiring." "I will stop when the estuary stops," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Asante', 'Annick Dunmore', 'Meg Dunmore', 'Annick Dunmore', 'Annick Dunmore']);
  });

  it('leaves an age no one was given to the one just named when no other age was given them', () => {
    const text = [
      'Nora Blake, 11, is the youngest player ever to win the county title. Blake learned the game from her grandfather. Blake plays every day after school.',
      'Since 2023 Blake has been coached by Peter Lund, who travels from Leeds twice a month.',
      'Lund said his pupil was the hardest worker he had known. "She does not care about beauty," the 52-year-old said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Peter Lund']);
  });

  it('gives a role phrase no one was given ("the novelist") to the one the story is about, called by her surname', () => {
    const text = [
      'EASTVALE — Carys Brennan learned from a stranger online that her novel had been pulled from the school library.',
      '“A reader sent me the agenda,” she said in her kitchen. “Item nine, after the parking fines.”',
      'Last month the Eastvale School Board voted to remove Brennan’s 2020 novel about two sisters from its libraries.',
      'Brennan, 47, has read the board’s decision many times.',
      'Her publisher, Fernhouse Books, said it was “dismayed” and would post a free copy to any student who asked.',
      'Brennan posted on social media that evening: “The story is still yours.”',
      'She is uneasy about the attention. “It is odd to become a symbol,” the novelist said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text).pop(), 'Carys Brennan');
  });

  it('does not give the principal a role noun the text used before for others ("Neighbours … the neighbour added")', () => {
    const text = [
      'Tom Hale, 52, was jailed for six years on Friday for fraud. Hale had denied the charges. Hale\'s lawyer said he would appeal.',
      'Neighbours gathered outside the court. "He fooled all of us," said one. "It\'s a relief," the neighbour added.',
    ].join('\n');
    assert.notStrictEqual(speakers(text).pop(), 'Tom Hale');
  });
});
