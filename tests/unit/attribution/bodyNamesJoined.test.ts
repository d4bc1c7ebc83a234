import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// Words inside a body's name are no person's: "Dock" of "the Dock and Harbour Workers’ Union", "Royal College" of
// "the Royal College of Nursing". A clause naming such a body credits the whole body, and the people table gets no
// person of its first words for a he or a role to go to.
describe('bodies whose names join words', () => {
  it('credits the whole union when "and" joins its first word to the rest', () => {
    const text = 'The stoppage was called by the Quay and Canal Boatmen’s Union after the owners offered what the union called "a joke." ' +
      'Its secretary, Brian Tully, spoke at the gate. "We are not moving," he said.';
    assert.deepStrictEqual(speakers(text), ['the Quay and Canal Boatmen’s Union', 'Brian Tully']);
  });

  it('credits a body whose name goes on after "of" past its own word, not its first words', () => {
    const text = '"The offer is an insult," said the Royal Society of Midwives. "Members will vote next week," it added.';
    const got = attributions(text);
    assert.strictEqual(got[0].speaker, 'the Royal Society of Midwives');
    assert.strictEqual(got[0].mention?.text, 'Royal Society of Midwives');
  });

  it('credits "the Friends of" a park as one body, and their spokesman as someone speaking for it', () => {
    assert.deepStrictEqual(speakers('"We are delighted," the Friends of Ashby Park said.'), ['the Friends of Ashby Park']);
    assert.deepStrictEqual(speakers('A spokesman for the Friends of Ashby Park said: "We are delighted."'), ['a spokesman for the Friends of Ashby Park']);
  });
});
