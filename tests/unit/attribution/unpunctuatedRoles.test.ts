import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "but Mr. Quill the master hovered by the wheel": older fiction gives a subject's role after the name with no comma,
// and the role leads into that person's words later ("The master hesitated. “…”"). A ship's master is a role.
describe('roles set after a name without a comma', () => {
  it('gives the role to the name opening its clause', () => {
    const text = [
      'Captain Farrant stood at the rail, but Mr. Quill the master hovered by the wheel with his chart-board.',
      '“Where are we?” asked Captain Farrant.',
      '“Four miles off the Teeth, sir,” said Mr. Quill.',
      '“And by your nose?”',
      'The master hesitated. “Nearer, sir.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Farrant', 'Mr. Quill', 'Farrant', 'Mr. Quill']);
  });

  it('not to a name that is an object before a clause ("told Mary the doctor had gone")', () => {
    const text = [
      'Tom Reed told Mary Vane the doctor had gone home.',
      'The doctor came back at nine. “She is sleeping.”',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[0], 'the doctor');
  });
});
