import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A capitalised word ending in -ly is an adverb only where an adverb can be capitalised, opening its sentence
// ("Naturally I …"), and never when it is one of the names that end so (Kelly, Molly).
describe('a name ending like an adverb', () => {
  it('is a name inside its sentence ("and Kelly has started"), so the she after it is hers', () => {
    const text = 'The waiting room is empty except for a man with a shoebox, and Kelly has already started switching off the lamps.\n\n“We’re closed,” she says.';
    assert.deepStrictEqual(speakers(text), ['Kelly']);
  });

  it('is a name opening its sentence when it is one that ends so', () => {
    const text = 'The room was quiet. Kelly closes her eyes briefly. Kelly sighs.\n\n“Come here,” she calls over her shoulder.';
    assert.deepStrictEqual(speakers(text), ['Kelly']);
  });
});
