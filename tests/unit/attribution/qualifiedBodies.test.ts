import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the Talvenese foreign ministry", "the Orrish coast guard": a demonym or a country's name after "the" qualifies the
// body's noun that follows it; the whole description is the body that speaks, never the capitalised word alone.
describe('bodies a demonym or a name qualifies', () => {
  it('credits the body whose clause brings in a phrase through a later verb ("discussions were continuing")', () => {
    const text = 'The Talvenese foreign ministry said in a statement on Monday that the negotiations were continuing "in a spirit of trust".';
    assert.deepStrictEqual(speakers(text), ['the Talvenese foreign ministry']);
  });

  it('credits the whole description in a clause after the quotation', () => {
    const text = '"The vessel was located at dawn," the Orrish coast guard said.\n\n"No one was left aboard," said the Orrish defence ministry.';
    assert.deepStrictEqual(speakers(text), ['the Orrish coast guard', 'the Orrish defence ministry']);
  });

  it('still reads a role noun after a body\'s noun as the person ("the world team pursuit champion")', () => {
    const text = 'Hattie Ormsby, the world team pursuit champion, told reporters on Monday that her training had been "brutal", insisting she had "never felt stronger".';
    assert.deepStrictEqual(speakers(text), ['Hattie Ormsby', 'Hattie Ormsby']);
  });
});
