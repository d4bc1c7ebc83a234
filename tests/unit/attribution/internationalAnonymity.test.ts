import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The unnamed sources of diplomatic reporting: "a senior diplomat said", "said a Western official who spoke on
// condition of anonymity", "one European official, who was not authorised to speak publicly, said", a group
// ("officials said", "according to two diplomats"), then "the official added" or a he/she for the one brought in.
describe('unnamed sources of international reporting', () => {
  it('credits an unnamed official before or after the quotation, past what lets them speak unnamed', () => {
    const text = [
      '"The mood has changed," a senior diplomat said.',
      'The draft was "dead on arrival," said a senior Tessalian diplomat.',
      '"They are buying time," said a Western official who spoke on condition of anonymity.',
      '"They are stalling," said a Drovish official, who spoke on condition of anonymity because the talks were private.',
      'One European official, who was not authorised to speak publicly, said the offer was "not serious."',
      '"It is not serious," one Nordic official, who was not authorised to speak publicly, said.',
      '"The president is furious," a source close to the presidency said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'a senior diplomat', 'a senior Tessalian diplomat', 'a Western official', 'a Drovish official', 'one European official', 'one Nordic official',
      'a source close to the presidency',
    ]);
  });

  it('credits "the official added" and a he/she to the unnamed official brought in before', () => {
    const text = [
      'A senior Drovish official said the convoy had been "deliberately targeted." "There is no doubt," the official added.',
      'A Tessalian official, speaking on condition of anonymity, described the meeting as "frosty." "Nobody smiled," he said.',
      'A senior diplomat in Pellavar, who asked not to be named, said the vote was “a foregone conclusion.” “Everyone has counted,” the diplomat said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'a senior Drovish official', 'a senior Drovish official', 'a Tessalian official', 'a Tessalian official', 'a senior diplomat in Pellavar', 'a senior diplomat in Pellavar',
    ]);
  });

  it('goes back to the named minister past an unnamed aide', () => {
    const text = 'Foreign Minister Ilona Vekkeri said the talks were "constructive." A senior aide, who asked not to be identified, was blunter: "It was a disaster." Vekkeri did not respond. "We will meet again," she said later.';
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'a senior aide', 'Ilona Vekkeri']);
  });

  it('credits "one of them" to the description in apposition to it', () => {
    const text = 'According to two officials present, the leaders met privately. One of them, a senior Tessalian official, said the meeting had been "frank" but "necessary."';
    assert.deepStrictEqual(speakers(text), ['a senior Tessalian official', 'a senior Tessalian official']);
  });

  it('credits a group with no article after the quotation: "diplomats said", "two Western officials said"', () => {
    const text = [
      '"We are very far apart," diplomats said.',
      'Both sides were "very far apart," two Western officials said.',
      'Officials said the convoy had been "deliberately targeted." One official added: "There is no doubt."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['diplomats', 'two Western officials', 'Officials', 'one official']);
  });

  it('credits a group given by "according to", unless the sentence names who spoke', () => {
    const text = [
      'The envoys were told to "stand down," according to two diplomats familiar with the matter.',
      'According to diplomats in Pellavar, the envoys were told to "stand down."',
      'Ilona Vekkeri met the council in private. According to two diplomats who were present, she warned them that "the time for patience is over."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['two diplomats', 'diplomats', 'Ilona Vekkeri']);
  });
});
