import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News often brings a statement in with a colon and runs it on into a paragraph of its own: `Outside court, her
// father, Tom Reed, said: "…"` then `"…"`. In a text that cues its turns as news does, that paragraph is his.
describe('a paragraph of quotation after one whose clause brought its quotation in with a colon', () => {
  const opening = [
    'A quarry company has been fined after a teenager drowned. "The fence was down for weeks," said Dana Holt, for the family.',
    'The company said it had "learned lessons". "We have replaced the fencing," said its director, Ian Crewe.',
  ];

  it('goes on with the speaker of the colon', () => {
    const text = [...opening,
      'Speaking outside court, the boy\'s father, Tom Reed, said: "Nobody should blame his friends. They did everything they could."',
      '"What we want is for the quarry to be made safe."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(-2), ['Tom Reed', 'Tom Reed']);
  });

  it('does not when the quotation asks for an answer', () => {
    const text = [...opening,
      'Speaking outside court, the boy\'s father, Tom Reed, said: "Who checked the fence that week?"',
      '"Nobody did."',
    ].join('\n');
    assert.notStrictEqual(speakers(text).at(-1), 'Tom Reed');
  });
});
