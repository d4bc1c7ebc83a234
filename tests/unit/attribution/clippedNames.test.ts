import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A nickname clipped from a name, with a pet ending, is that person's: "Donny" of Neil Donnelly, "Ally" of Ross
// McAllister, "Jez" of Jeremy Hollis, "Jonjon" of Jonathan Reeve.
describe('attribution: nicknames clipped from a name', () => {
  it('gives a clipped surname with a pet ending to its bearer', () => {
    const text = [
      'Nine years of sharing an office with Neil Donnelly had taught Dana Whitacre his silences.',
      '“They will merge us,” said Donny, and Dana did not argue.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Neil Donnelly']);
  });

  it('leaves a Mc off the surname it clips', () => {
    const text = ['The study belonged to Ross McAllister and Tom Rudd.', '“Somebody has been here,” said Ally, on his knees.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ross McAllister']);
  });

  it('reads a first syllable and z as the given name it clips', () => {
    const text = ['The best man was Jeremy Hollis, who had flown in from Lagos that morning.', '“Right,” said Jez. “Hello, everyone.”'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jeremy Hollis', 'Jeremy Hollis']);
  });

  it('reads a name cut to two letters as the one given name it opens', () => {
    const text = ['Evangeline Moss and Tom Rudd waited by the van.', '“Keys,” said Ev.', '“Here,” said Tom.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Evangeline Moss', 'Tom Rudd']);
  });

  it('reads a first syllable said twice as the given name it clips', () => {
    const text = ['Jonathan Reeve was six and would not go to bed.', '“One more story,” said Jonjon.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonathan Reeve']);
  });

  it('gives a clip no one when two people could bear it', () => {
    const text = ['Neil Donnelly and Mary Donnelly ran the shop together.', '“Closed,” said Donny.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Donny']);
  });

  it('takes a common given name for no one’s clip', () => {
    const text = ['Jack Donnelly ran the shop.', '“Closed,” said Sally.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Sally']);
  });
});
