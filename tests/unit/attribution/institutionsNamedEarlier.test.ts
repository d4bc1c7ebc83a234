import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The museum said", "the art college said": an institution's noun is the body the article named with it, in full,
// as "the council" is; a body's name may hold "on" after its noun ("the Council on Ocean Health").
describe('institutions named earlier, and body names holding "on"', () => {
  it('takes "the museum" and "the art college" for the names that hold the noun', () => {
    const text = 'Crowds queued outside the Harwell Museum of Rural Life on Monday. The building has stood since 1902.\n' +
      'The museum said it would "reopen the east wing next year".\n' +
      'Alma Reyes studies at Dunford College of Art, her tutor said. In a statement, the art college said it was "shocked".';
    assert.deepStrictEqual(speakers(text), ['the Harwell Museum of Rural Life', 'Dunford College of Art']);
  });

  it('leaves "the museum" as written when no name holds the noun', () => {
    assert.deepStrictEqual(speakers('Crowds queued on Monday. The museum said it would "reopen the east wing".'), ['the museum']);
  });

  it('takes "the festival" for a name ending in that noun, though a headline opened with it', () => {
    const text = 'Brookvale Festival: Organisers apologise after thousands stuck outside gates\n\n' +
      'Organisers of the Brookvale Festival have apologised after ticket holders were left queuing for hours.\n\n' +
      'The three-day event near Ashcombe sold out its 32,000 tickets in February.\n\n' +
      'Queues built up on Friday after what the festival described as "a failure in our scanning system".';
    assert.match(speakers(text)[0] ?? '', /^(?:the )?Brookvale Festival$/);
  });

  it('credits the whole name of a body with "on" after its noun, not a name and a day', () => {
    const text = 'The International Panel on Ocean Health said in a report that "the reefs are failing".\n' +
      'Lorna Hale on Monday said she was "not surprised".';
    assert.deepStrictEqual(speakers(text), ['The International Panel on Ocean Health', 'Lorna Hale']);
  });
});
