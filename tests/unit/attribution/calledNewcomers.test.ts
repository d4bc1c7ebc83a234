import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Charley! Go and tell Mrs. Bunce …” ¶ A tall youth put his head in at the door. ¶ “Two pots, mother?”": the
// newcomer who comes in answer to a call is the one called.
describe('a newcomer who answers a call', () => {
  it('is the one the call named', () => {
    const text = [
      '“Then take the jelly,” said Mrs. Hallam. “Charley! Charley, go and tell the cook to put up two pots.”',
      'A tall youth who had been lounging in the hall put his head in at the door.',
      '“Two pots, mother? The Bishop only got one.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(2), ['Charley']);
  });

  it('is not one the narration has named already', () => {
    const text = [
      'Charley Hallam was at school that week.',
      '“Then take the jelly,” said Mrs. Hallam. “Charley would have fetched it.”',
      '“Tell me, Charley, where is the cook?”',
      'A tall youth who had been lounging in the hall put his head in at the door.',
      '“Two pots, mother?”',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[3], 'Charley');
  });

  it('is never one a name the words only list stands for', () => {
    const text = [
      'Ms Pemberley spoke about her father. “He organised everything – the allotment, the darts team, Christmas. Now he waits for the post,” she said.',
      'A consultant surgeon at the trust, who asked not to be named, said the problems went back years.',
      '“Everybody wants to talk about the theatres,” the surgeon said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ms Pemberley', 'a consultant surgeon at the trust']);
  });
});
