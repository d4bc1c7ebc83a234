import * as assert from 'node:assert';
import { colonLines } from '../../../server/src/engine/formats/turns';

// Only a line holding a colon can open on a speaker's label; the lines are found from their colons.
describe('colonLines: the lines holding a colon, each once, with its first colon', () => {
  const lines = (text: string) => [...colonLines(text)].map(({ start, end, colon }) => [text.slice(start, end), colon - start]);

  it('gives each line once, from its start, with its first colon', () => {
    assert.deepStrictEqual(lines('HOST: Welcome: all.\nno colon here\nANNA: Thanks'), [['HOST: Welcome: all.', 4], ['ANNA: Thanks', 4]]);
  });

  it('starts a line after a carriage return too, and ends it before one', () => {
    assert.deepStrictEqual(lines('intro\r\nHOST: Hi\r\nold\rANNA: Yo'), [['HOST: Hi', 4], ['ANNA: Yo', 4]]);
  });

  it('reads a colon on the text’s first line and one at a line’s start', () => {
    assert.deepStrictEqual(lines('Q: Why?\n: odd'), [['Q: Why?', 1], [': odd', 0]]);
  });
});
