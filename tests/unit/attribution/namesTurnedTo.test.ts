import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A speaker may turn to someone by name at the head of a later sentence ("Then we go upstream. Shaw, how far …?") or
// with the name alone ("Briggs?"); the one called answers. Only a name the text knows counts ("Nonsense, …" calls no
// one), and a name alone answering a question ("What is his name?" "Bingley.") calls no one either.
describe('a name a turn turns to someone with', () => {
  const scene = (turn: string, answer: string) => [
    'Captain Ortiz spread the map across the table. Lieutenant Shaw and Sergeant Briggs leaned in.',
    '"We cross at the ford before dawn," Ortiz said.',
    '"The ford has been mined, sir," said Briggs.',
    turn,
    answer,
  ].join('\n\n');

  it('opening a later sentence, calls the one who answers', () => {
    assert.deepStrictEqual(speakers(scene('"Then we go upstream. Shaw, how far to the next crossing?"', '"Four miles, sir."')),
      ['Ortiz', 'Briggs', 'Ortiz', 'Shaw']);
  });

  it('said alone, calls the one who answers', () => {
    assert.deepStrictEqual(speakers(scene('Ortiz looked up. "Shaw?"', '"I agree with the sergeant, sir."')),
      ['Ortiz', 'Briggs', 'Ortiz', 'Shaw']);
  });

  it('said alone in answer to a question, calls no one', () => {
    const text = [
      'Ortiz and Shaw stood by the tent while Sergeant Briggs cleaned his rifle.',
      '"Who mined the ford?" asked Ortiz.',
      '"Briggs."',
      '"Then he had better unmine it."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ortiz', 'Shaw', 'Ortiz']);
  });
});
