import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sentence ending in a colon introduces its subject's words; a time phrase opening it with no comma ("The next
// morning") is not part of that subject.
describe('a time phrase opening a sentence that introduces a quotation', () => {
  it('reads "The next morning her daughter posted … :" as the daughter, by her mother\'s tie', () => {
    const text = [
      'Rosa Kent won the county final on Saturday.',
      'Her mother, Ada Kent, drove four hours to watch. "I cried the whole way home," she said.',
      'The next morning her daughter posted a photograph of the trophy with one line: "Not done yet."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ada Kent', 'Rosa Kent']);
  });

  it('reads "That evening he wrote …:" as the he', () => {
    const text = 'The club named Mark Dunn as its coach in May. That evening he wrote to the players: "We start on Monday."';
    assert.deepStrictEqual(speakers(text), ['Mark Dunn']);
  });
});
