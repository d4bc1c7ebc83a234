import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Wire copy brings in anonymous officials by nationality and noun ("A Tessalian envoy", "a Drovish official") and then
// quotes them by a he/she or by the same noun ("the envoy said"), often after a sentence with no speech verb ("gave a
// different account"). The nationality is no name, and the same noun points back to that description.
describe('unnamed officials described by nationality', () => {
  const before = '"The talks were productive," said Ilona Vekkeri, the Drovish foreign minister.';

  it('credits a he after "A Tessalian envoy gave a different account." to the envoy', () => {
    const text = `${before}\nA Tessalian envoy gave a different account. "Nothing was agreed," he said.`;
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'a Tessalian envoy']);
  });

  it('credits "the envoy said" to the envoy of the sentence before, with no speech verb in it', () => {
    const text = `${before}\nA Tessalian envoy gave a different account. "Nothing was agreed," the envoy said.`;
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'a Tessalian envoy']);
  });

  it('does not take another noun for the description without a speech verb', () => {
    const text = `${before}\nA Tessalian envoy left the room early. "Nothing was agreed," the minister said.`;
    assert.deepStrictEqual(speakers(text), ['Ilona Vekkeri', 'Ilona Vekkeri']);
  });
});
