import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An exchange alternates: a role replying to a named asker's question is the one the asker was answering.
describe('a role answering a question', () => {
  it('gives "the witness" to the one who spoke before the question, not its asker', () => {
    const text = [
      'Questioned by Tom Reyes, who acts for the families, Mr Hale was shown the letter.',
      '“That is false,” Mr Hale said. “I never wrote it.”',
      '“Then why is your name on it?” Mr Reyes asked.',
      '“I cannot say,” the witness replied.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mr Hale', 'Mr Hale', 'Tom Reyes', 'Mr Hale']);
  });

  it('leaves a role after a statement, not a question, to the one just named', () => {
    const text = [
      'Mr Hale was in court on Monday.',
      '“That is false,” Mr Hale said.',
      '“The letter is signed,” Mr Reyes said.',
      '“I cannot say,” the witness replied.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[2], 'Mr Reyes');
  });
});

describe('a role answering a named asker', () => {
  it('never gives the answer to its asker, though the asker was named last', () => {
    const text = [
      'The hearing ran for four hours, and Hans Berg chaired it.',
      '“Why were the pumps never tested?” Berg asked.',
      '“I ask myself that every day,” the chief executive replied.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Hans Berg');
  });
});
