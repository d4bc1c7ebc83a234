import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "In a statement, the Harlow Valley School District said …": a capitalised body noun ("School") inside a name is a
// word of that name, not a kind before one ("the cycling charity Ridewell"); the whole name issued the statement.
describe('statement issuers whose names hold a body noun', () => {
  it('credits "the statement said" to the whole name that issued it', () => {
    const text = [
      'Police searched the woods again on Tuesday.',
      'In a statement, the Harlow Valley School District said teachers would be on hand all week.',
      '"Jonah is a cheerful and much-loved pupil," the statement said.',
    ].join(' ');
    assert.deepStrictEqual(speakers(text), ['the Harlow Valley School District']);
  });

  it('still reads a lower-case kind before a name as the kind, the name as the body', () => {
    const text = 'The cycling charity Ridewell, which runs the scheme, said the ruling was "a relief".';
    assert.deepStrictEqual(speakers(text), ['Ridewell']);
  });
});

// "The union representing Brightway drivers, the Road Crews Alliance, said": a body's noun, a short modifier of it,
// then a name between commas: the name is the body, in its own sentence and in "the statement said" after.
describe('bodies named in apposition after a modifier', () => {
  it('credits the apposed name, and the statement it issued', () => {
    const text = [
      'The union representing Brightway drivers, the Road Crews Alliance, said in a statement that it had warned managers "again and again."',
      '"None of this was unforeseen," the statement said.',
    ].join(' ');
    assert.deepStrictEqual(speakers(text), ['Road Crews Alliance', 'Road Crews Alliance']);
  });

  it('takes no name from a clause between the commas', () => {
    const text = 'The union representing Brightway drivers, which has 900 members, said it had warned managers "again and again."';
    assert.deepStrictEqual(speakers(text), ['the union representing Brightway drivers']);
  });
});
