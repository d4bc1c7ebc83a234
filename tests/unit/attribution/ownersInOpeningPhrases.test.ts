import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Asked whether he had spoken to his predecessor, he said": a his (or a her before its noun) after a preposition in
// the opening phrase owns the object; it is not the object, so the subject after the phrase may be the same person.
describe('an owner pronoun in an opening phrase', () => {
  it('lets the he or she after the phrase go on with the one the owner pronoun refers to', () => {
    const text = [
      'Council leader Mary Tolland said she had made her choice. She named Ruth Amberley as the new chief executive.',
      '',
      '“The budget is the first job,” Amberley said. “Everything else waits.”',
      '',
      'Asked whether she had written to her predecessor, she said: “Yes, and he answered within the hour.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Amberley', 'Ruth Amberley', 'Ruth Amberley']);
  });

  it('still takes a pronoun as the object of the phrase when it stands alone', () => {
    const text = [
      'Ruth Amberley met Hal Denby on Monday.',
      '',
      'Asked about him, she said: “He is a good man.”',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Amberley']);
  });
});
