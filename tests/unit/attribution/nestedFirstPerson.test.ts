import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A quotation inside a quotation, brought in by the speaker's own "I told him": the inner words are the speaker's.
describe('a quotation inside a quotation, introduced by "I"', () => {
  it('is credited to the speaker of the quotation around it', () => {
    const text = 'Kelham striker Dan Okoro scored the winner. "At half-time I told him, \'Give me the ball and I will score,\'" Okoro said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Dan Okoro'], [1, 'Dan Okoro']]);
  });

  it('credits words the speaker says they thought ("I remember … thinking, \'…\'") to that speaker', () => {
    const text = 'Megan Holt, a nurse, was in the second carriage. "I remember lying on the ceiling and thinking, \'So this is how it ends,\'" Holt said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Megan Holt'], [1, 'Megan Holt']]);
  });

  it('leaves a thought of someone else the quotation speaks of to no one', () => {
    const text = 'Megan Holt, a nurse, was in the carriage. "My brother was thinking, \'So this is how it ends,\'" Holt said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Megan Holt'], [1, null]]);
  });

  it('credits a he/she inside a quotation to the relative the sentence before brings up, by name when the text gave one', () => {
    const text = 'Tessa Marlowe spoke at the yard. Her father, Jim Marlowe, worked there for 31 years.\n\nShe recalled her father coming home from the last shift. "He put his boots by the door and said, \'Never let anyone tell you this town is finished,\'" she said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Tessa Marlowe'], [1, 'Jim Marlowe']]);
  });

  it('finds that relative later in the sentence before too ("told Judge Tom Reed she had confronted her brother")', () => {
    const text = 'Martin Cole, 44, denies fraud. Cole\'s sister, Janet Marsh, who found the heating off, told Judge Tom Reed she had confronted her brother. "He looked me in the eye and said, \'She is confused, she is spending it herself,\'" she said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Janet Marsh'], [1, 'Martin Cole']]);
  });
});
