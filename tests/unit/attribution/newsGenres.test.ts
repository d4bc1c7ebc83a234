import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

/** Each quotation's first words and speaker, as the whole engine reads a plain-text article. */
function credited(text: string): [string, string | null][] {
  return analyzeDocument(text, 'plaintext').quotations.map((q) => [text.slice(q.inner.start, q.inner.start + 12), q.attribution.speaker]);
}

describe('news genres: question-and-answer interviews', () => {
  it('credits Q turns to the interviewer the introduction names and A turns to the one interviewed', () => {
    const text = [
      'Ilse Moravec retires this week after 30 years as the town\'s only vet. She spoke to Piotr Anand about cows, cats and the night calls.',
      'Q: Why did you become a vet?',
      'A: My grandmother kept goats. Somebody had to look after them.',
      'Q: Any regrets?',
      'A: Only the night calls.',
    ].join('\n');
    assert.deepStrictEqual(credited(text).map(([, s]) => s), ['Piotr Anand', 'Ilse Moravec', 'Piotr Anand', 'Ilse Moravec']);
  });

  it('takes "interviewed by" for the interviewer and the person the introduction is about for the answers', () => {
    const text = [
      'The harbour master, Greta Lomax, has seen the port through two floods. Lomax was interviewed by Tariq Oyelaran.',
      'Question: What worries you most?',
      'Answer: The next flood.',
    ].join('\n');
    assert.deepStrictEqual(credited(text).map(([, s]) => s), ['Tariq Oyelaran', 'Greta Lomax']);
  });

  it('gives an answer to the person the introduction names most when it names no interviewer', () => {
    const text = [
      'Dorota Vance opened her first shop in 1999. Vance now runs eleven, and she says she is not finished.',
      'Q: What next?',
      'A: A twelfth.',
    ].join('\n');
    assert.deepStrictEqual(credited(text).map(([, s]) => s)[1], 'Dorota Vance');
    assert.notStrictEqual(credited(text)[0][1], 'Dorota Vance');
  });
});
