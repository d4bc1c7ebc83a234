import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// British news writes police ranks and councillors' titles in full first and cut short after: one person either way.
describe('police ranks and councillors as titles', () => {
  it('reads "Det Supt Cray" as the Detective Superintendent named in full before', () => {
    const text = 'Detective Superintendent Moira Kettle said the search had "covered every field". ' +
      'Asked about the timing, Det Supt Kettle said she would "not speculate".';
    assert.deepStrictEqual(speakers(text), ['Moira Kettle', 'Moira Kettle']);
  });

  it('reads "Insp" and "Cllr" before a surname as titles, not as part of a name', () => {
    const text = 'Inspector Rhian Dole and Councillor Barnaby Voss met residents. "We hear you," Insp Dole said. ' +
      '"The money is there," Cllr Voss said.';
    assert.deepStrictEqual(speakers(text), ['Rhian Dole', 'Barnaby Voss']);
  });
});
