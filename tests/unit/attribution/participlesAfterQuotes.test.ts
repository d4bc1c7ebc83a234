import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The survey warned that schools were “…,” noting that fewer than …": English never inverts a participle and its
// subject as it does "said the minister", so the words after a participle are no speaker; the sentence's subject is.
describe('participles right after a quotation', () => {
  it('credits the quotation to the sentence’s subject, not to "that fewer"', () => {
    const text = 'A survey last week counted the damage. The survey warned that clinics had been "built for a climate that is gone," noting that fewer than one in ten had fans.';
    assert.deepStrictEqual(speakers(text), ['the survey']);
  });

  it('still reads an inverted tag with a finite verb ("…,” said the nurse)', () => {
    assert.deepStrictEqual(speakers('Wards were full. "We had no fans at all," said the nurse.'), ['the nurse']);
  });
});
