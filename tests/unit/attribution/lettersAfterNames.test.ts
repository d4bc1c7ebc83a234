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
