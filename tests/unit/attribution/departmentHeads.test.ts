import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News varies the word for whoever heads a department: the finance director is "the finance chief", the head of
// sales "the sales boss". A modified role phrase finds the one given its modifier with any word for a head, not the
// chief executive, who holds "chief" for another department.
describe('a department head under another word for head', () => {
  it('reads the finance chief as the finance director', () => {
    const text = [
      'Its chief executive, Mara Quill, said the results were "disappointing".',
      'The finance director, Owen Bale, said costs had risen. Bale, who joined in 2020, will leave next year. "I think we did well," the finance chief said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mara Quill', 'Owen Bale']);
  });

  it('still reads the chief executive as the chief executive', () => {
    const text = [
      'Its chief executive, Mara Quill, said the results were "disappointing".',
      'The finance director, Owen Bale, said costs had risen. "We will recover," the chief executive said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mara Quill', 'Mara Quill']);
  });
});
