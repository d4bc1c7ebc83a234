import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document speaks for itself when it is its sentence's subject, whoever it names after its verb; a post or a
// statement speaks for whoever wrote it or whose words the paragraph was giving.
describe('documents speaking', () => {
  it('credits the document subject, not the name it accuses, and an agreement that commits, and "it" for a paper', () => {
    const text = [
      'The motion accuses Torvald Lind of "gross negligence in office". He denies it.',
      'A copy of the agreement seen by this newspaper commits both sides to "a complete halt to shelling" near Orsk. Pavel Drozd signed it.',
      'The paper itself is more careful. The link, it says, "does not prove that one causes the other."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the motion', 'the agreement', 'the paper']);
  });

  it('credits "the post" to the post, though someone wrote on social media, and "the statement" to the speaker just before it', () => {
    const text = [
      'Governor Ana Ruiz, who has not been seen since Friday, wrote on social media that she was "well and working." "We will not give in," the post said.',
      'Her deputy said through a lawyer that he had "no part" in the plan. "I learned of it from the radio," the statement said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ana Ruiz', 'the post', 'her deputy', 'her deputy']);
  });
  it('takes a mailer, a flyer and a newsletter for documents, so a participle after one does not run on into the name', () => {
    const text = [
      'Vera Lund is running for mayor. A Lund campaign mailer sent to homes this week calls her rival "asleep at the wheel."',
      'A flyer promised "free buses for all." The church newsletter called the plan "a gift."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the Lund campaign mailer', 'the flyer', 'the church newsletter']);
  });
});

describe('documents as sources', () => {
  it('credits a document\'s definite phrase right before the verb inside a longer sentence', () => {
    const text = 'Two people have seen the findings. One of them said the draft describes the locked exits as "a wilful violation."';
    assert.deepStrictEqual(speakers(text), ['the draft']);
  });

  it('credits the source "according to" names before or after a quotation with no speech verb', () => {
    const text = [
      'According to an internal report seen by the Herald, students paid "up to 900 pounds an essay" to a firm that hired "campus ambassadors" on four sites.',
      'The firm owes 2 million pounds and has "substantially less" than that in assets, according to the petition filed in court.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the internal report', 'the internal report', 'the petition']);
  });
});

describe('speakers of a verb that names someone after it', () => {
  it('credits the subject of "recorded", not the name in what it reports', () => {
    const text = 'The horse fell at the last fence. In their report, the stewards recorded that Silver Kettle had "jumped a stride too soon".';
    assert.deepStrictEqual(speakers(text), ['the stewards']);
  });
});
