import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// How international copy is built around its quotations: a quotation split by its tag, a paragraph that goes on with
// no tag, a phrase quoted inside reported speech ("described the move as “…”", "rejected the charge as “…”"), a long
// quotation before "he said", and "said X, adding: “…”".
describe('the structure of international reporting around its quotations', () => {
  it('credits both halves of a quotation split by its tag, and a paragraph going on with no tag', () => {
    const text = [
      '"We will not be intimidated," Vekkeri said, "and we will not be provoked."',
      '"We will not be lectured," said Foreign Minister Ilona Vekkeri, "and we will not be bought."',
      'She spoke for twenty minutes. "We have waited long enough," she said.',
      '"Our borders are not for sale. Our people are not for sale."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri', 'Ilona Vekkeri', 'Ilona Vekkeri', 'Ilona Vekkeri', 'Ilona Vekkeri']);
  });

  it('credits a phrase quoted inside reported speech to the subject of the verb that judges', () => {
    const text = [
      'Vekkeri described the move as "a provocation."',
      'Tomas Radek dismissed the claims as "lies."',
      'The ministry branded the sanctions "illegal and illegitimate."',
      'Radek accused Tessalia of "state terrorism." Damsa, the Tessalian prime minister, rejected the charge as "absurd."',
      'Aurel Damsa denounced the vote as "a farce."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Vekkeri', 'Tomas Radek', 'the ministry', 'Tomas Radek', 'Aurel Damsa', 'Aurel Damsa']);
  });

  it('keeps a quotation inside the object of "rejected" from the one rejecting it', () => {
    const text = 'A jury rejected his claim that he had been "defending my staff" on the night.';
    assert.notStrictEqual(speakers(text)[0], 'a jury');
  });

  it('credits a long quotation before "he said" to the one the paragraph named', () => {
    const text = 'Corentin Vasseur has led the Tessalian side since March. "The negotiations that began in Kestrin last spring and continued through the summer in three capitals have now reached the point where every remaining question is political, not technical," he said.';
    assert.deepStrictEqual(speakers(text), ['Corentin Vasseur']);
  });

  it('credits the quotation after "adding" to the one the clause names', () => {
    const text = [
      'The ceasefire was "holding for now," said Corentin Vasseur, adding: "But nobody should relax."',
      '"It is holding," Vasseur said, adding that the next days would be "decisive."',
      'Vekkeri met Vasseur in Kestrin. Vasseur, a veteran diplomat, called the talks "useful." "We have a text," he told reporters.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Corentin Vasseur', 'Corentin Vasseur', 'Corentin Vasseur', 'Corentin Vasseur', 'Corentin Vasseur', 'Corentin Vasseur']);
  });

  it('credits quoted phrases of reported speech after a he/she, and a colon after a name', () => {
    const text = 'Ilona Vekkeri spoke after the vote. She said the resolution was "a betrayal" and warned of "consequences."\n\nVasseur was blunt: "There is no deal."';
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri', 'Vasseur']);
  });
});
