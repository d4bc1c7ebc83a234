import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// The documents of diplomacy speak as themselves ("the communiqué said", "the draft text reads", "the resolution calls
// for", "a joint statement said"); a ministry's statement is the ministry's, and a spokeswoman named in apposition is
// the speaker, not her ministry.
describe('documents of international reporting', () => {
  it('credits a communiqué, a draft text, a resolution, a declaration and a treaty as themselves', () => {
    const text = [
      'The communiqué said the ministers were "deeply concerned" by the fighting.',
      'The draft text, seen by the Pellavar Herald, reads: "All parties shall cease hostilities."',
      'The resolution calls for "an immediate, durable and sustained ceasefire."',
      'The declaration, signed by 40 countries, states that the strait must remain "open to all shipping."',
      'Article 5 of the treaty says an attack on one is "an attack on all."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the communiqué', 'the draft text', 'the resolution', 'the declaration', 'the treaty']);
  });

  it('credits a joint statement before or after the quotation', () => {
    const text = [
      'A joint statement said the two countries would "deepen cooperation in all fields."',
      'The two countries would "widen trade in all fields," a joint statement said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a joint statement', 'a joint statement']);
  });

  it('credits the ministry for its statement, before or after the quotation', () => {
    const text = [
      'The Drovish foreign ministry said in a statement that the expulsions were "unfriendly."',
      '"The expulsions are unfriendly," the ministry said in a statement.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the Drovish foreign ministry', 'the ministry']);
  });

  it('credits the spokeswoman named in apposition to the ministry’s role, then her he/she', () => {
    const text = [
      'The foreign ministry’s spokeswoman, Marta Oksan, said the remarks were "unacceptable." "We expect an apology," she said.',
      '"We expect an answer," said Lena Dorsk, a spokeswoman for the defence ministry.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Marta Oksan', 'Marta Oksan', 'Lena Dorsk']);
  });
});
