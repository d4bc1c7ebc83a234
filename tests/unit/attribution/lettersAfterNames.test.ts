import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "Priya Nand KC": the letters after a barrister's name make her "the barrister" (and "the lawyer") later.
describe('roles: letters after a name', () => {
  it('gives "the barrister" to the one written with KC or QC, not to the defendant last named', () => {
    const text = [
      'Priya Nand KC, prosecuting, told the jury the fire was deliberate.',
      'She asked Owen Tate why he had bought petrol that night. “For the mower,” Tate replied.',
      '“In November?” the barrister said.',
      'For the defence, Colm Reilly QC said the case was thin. Tate had no motive. “There is no case,” the lawyer said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Owen Tate', 'Priya Nand', 'Colm Reilly']);
  });
});

// "The Mayor of Westbury, Councillor Janet Okoro,": a role of a place in apposition before a name is theirs.
describe('roles: a role of a place before a name', () => {
  it('gives "the Mayor" to the one introduced as the Mayor of a town', () => {
    const text = [
      'The Mayor of Dunford, Councillor Ruth Abara, chaired the meeting. Pete Moss spoke first.',
      '“That is enough,” Moss said. The Mayor reminded the gallery that clapping was not allowed, then added: “Just this once.”',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Pete Moss', 'Ruth Abara']);
  });
});
