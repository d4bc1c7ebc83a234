import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the court held that the ban was “…”", "the judge ruled that …": a verb of finding or ruling with a "that" clause
// for its object reports its subject's conclusion, as a speech verb does; without the "that" it is a deed.
describe('verbs of finding and ruling before a "that" clause', () => {
  it('credits a body that held or ruled', () => {
    assert.deepStrictEqual(speakers('The appeal court held that the curfew was "plainly disproportionate" and quashed it.'), ['the appeal court']);
    assert.deepStrictEqual(speakers('The tribunal ruled that her dismissal had been "automatically unfair".'), ['the tribunal']);
  });

  it('credits a person who ruled', () => {
    assert.deepStrictEqual(speakers('At Harwich Crown Court, Judge Miriam Oakes ruled that the seizure had been "unlawful from the outset".'), ['Miriam Oakes']);
  });

  it('gives no speaker to a deed of holding', () => {
    assert.deepStrictEqual(speakers('The council held a "listening event" at the library on Friday.'), [null]);
  });
});
