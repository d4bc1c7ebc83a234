import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Father left it to me.”" "He sat back and rubbed his chin. I think he had expected anger." "“Then what’s to hinder
// you?”" "“My father.”": a question put right after narration is put to the one who spoke before it, though the
// narration names only the asker and the narrator; after a move in time ("Later …") it opens a new scene.
describe('a question right after narration', () => {
  it('is answered by the one who spoke before it', () => {
    const text = [
      'My aunt received Mr. Holroyd in the parlour.',
      '"You may have the field when I am dead," said my aunt. "Not before."',
      'He sat back at this and rubbed his hand across his chin. I think he had expected anger, and did not know what to do with civility.',
      '"Then what is to hinder you?"',
      '"My father."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['my aunt', 'my aunt', 'Mr. Holroyd', 'my aunt']);
  });

  it('opens a new scene after a move in time', () => {
    const text = [
      'My father sat by the window, and I peeled him a clementine.',
      '"You are always rushing, Kofi," said my father.',
      'Later Bernadette walked me to the door. She had a way of appearing at the right moment.',
      '"He called you Kofi again?"',
      '"How did you know?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Bernadette', 'I']);
  });
});
