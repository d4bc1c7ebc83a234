import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A nickname clipped from a name, with a pet ending, is that person's: "Sully" of Gary Sullivan, "Gilly" of Ian
// McGillivray, "Jez" of Jeremy Okafor, "Jonjon" of Jonathan Reeve.
describe('attribution: nicknames clipped from a name', () => {
  it('gives a clipped surname with a pet ending to its bearer', () => {
    const text = [
      'Nine years of sharing an office with Gary Sullivan had taught Dana Whitcomb his silences.',
      '“They will merge us,” said Sully, and Dana did not argue.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Gary Sullivan']);
  });

  it('leaves a Mc off the surname it clips', () => {
    const text = ['The study belonged to Ian McGillivray and Tom Rudd.', '“Somebody has been here,” said Gilly, on his knees.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ian McGillivray']);
  });

  it('reads a first syllable and z as the given name it clips', () => {
    const text = ['The best man was Jeremy Okafor, who had flown in from Lagos that morning.', '“Right,” said Jez. “Hello, everyone.”'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jeremy Okafor', 'Jeremy Okafor']);
  });

  it('reads a first syllable said twice as the given name it clips', () => {
    const text = ['Jonathan Reeve was six and would not go to bed.', '“One more story,” said Jonjon.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jonathan Reeve']);
  });

  it('gives a clip no one when two people could bear it', () => {
    const text = ['Gary Sullivan and Mary Sullivan ran the shop together.', '“Closed,” said Sully.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Sully']);
  });

  it('takes a common given name for no one’s clip', () => {
    const text = ['Jack Sullivan ran the shop.', '“Closed,” said Sally.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Sally']);
  });
});
