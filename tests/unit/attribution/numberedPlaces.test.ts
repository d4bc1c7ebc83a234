import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Number Nine", "Number 12": a house or a room by its number is no one who could speak.
describe('places named by their number', () => {
  it('does not make "Number Twelve" the one who takes the turns at its door', () => {
    const text = [
      'Inspector Rook and his sergeant walked down Mill Lane in the rain. Number Twelve was the shabbiest house in the row, and its knocker was loose.',
      'The door was opened by a thin woman with flour on her hands.',
      '“If it’s about the lodger, I’ve said all I know.”',
      '“Then you can say it again, Mrs. Rudd. May we come in?”',
      '“If you must.”',
      '“When did he leave?”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Rudd', 'Rook', 'Mrs. Rudd', 'Rook']);
  });
});
