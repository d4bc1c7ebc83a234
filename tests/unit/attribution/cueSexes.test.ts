import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” she said" is not a man's the text has shown to be one: once the table knows each person in full (a nickname
// joined to the full name, whose given name is a man's), a she cue read to him goes to a woman the text has about.
describe('he/she cues and the sex the text gives a person', () => {
  it('gives a she cue read to a man known by a nickname to the description of her sex the narration last gave', () => {
    const text = [
      'Hugh Fraser-Innes had been called Fishy at school, and the name had stuck to him ever since.',
      'The farmhouse kitchen was warm after the hill, and the old woman was at the stove. Fishy stood by the window. She came in from the yard with a pail of milk.',
      '“You’ll be wanting tea,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the old woman']);
  });

  it('keeps the man when no woman is about: the cue itself is then what is wrong', () => {
    const text = [
      'Hugh Fraser-Innes had been called Fishy at school, and the name had stuck to him ever since.',
      'The farmhouse kitchen was warm after the hill. Fishy stood by the window. She came in from the yard with a pail of milk.',
      '“You’ll be wanting tea,” she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Hugh Fraser-Innes']);
  });
});
