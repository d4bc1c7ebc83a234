import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In a statement read outside court by their solicitor, Tobias Wren, the family said": the solicitor's name closes
// the opening phrase; the family issued the statement and speaks, in it and in "the statement said" after.
describe('statements read for their issuers', () => {
  it('credits the family, not the solicitor who read their statement', () => {
    const text = [
      'Mr Adeyemi’s mother, Ruth Adeyemi, sat in the front row throughout.',
      'In a statement read outside court by their solicitor, Owen Hartley, the family said they had waited years "to hear the truth".',
      '"He asked for help and nobody came," the statement said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the family', 'the family']);
  });

  it('keeps the name that opens the sentence after an opening phrase of a date', () => {
    const text = 'On Monday, Owen Hartley, the family’s solicitor, said the inquest had been "long overdue".';
    assert.deepStrictEqual(speakers(text), ['Owen Hartley']);
  });
});

// "The school posted a photograph, with the caption: “…”": a caption's words are its poster's, the sentence's subject.
describe('captions', () => {
  it('credits a caption to the body that posted it', () => {
    const text = 'Millgate Primary School turned 100 on Friday. The school posted a photograph of the party on its website, with the caption: "A century of muddy knees."';
    assert.deepStrictEqual(speakers(text), ['Millgate Primary School']);
  });

  it('credits a caption after "under the caption" to the firm that posted it', () => {
    const text = 'Harwood Foods shared a video of the new line under the caption "Fresh from Friday."';
    assert.deepStrictEqual(speakers(text), ['Harwood Foods']);
  });
});
