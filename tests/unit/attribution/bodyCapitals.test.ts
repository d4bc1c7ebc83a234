import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';
import { bare, bodyCapitals } from '../../../server/src/engine/attribution/bodyCapitals';
import { narrationItems, paragraphing } from '../../../server/src/engine/attribution/narration';

// A headline's capitals are read against the body's, gathered once a text rather than walked for every name run.
describe('bodyCapitals: the words a story’s body writes with a capital', () => {
  const itemsOf = (text: string) => narrationItems(text, { start: 0, end: text.length }, [], paragraphing(text));

  it('holds the body’s capitals as written and bare of a possessive, none of the headings’ alone', () => {
    const items = itemsOf('Sprinter Mallory Signs On\n\nBy Tom Reed\n\nKerrine Mallory’s coach was pleased. She said the deal was good.');
    const { written, bare: bares } = bodyCapitals(items);
    assert.deepStrictEqual([...written].sort(), ['Kerrine', 'Mallory’s', 'She']);
    assert.ok(bares.has('Mallory') && !bares.has('Mallory’s'));
    assert.ok(!written.has('Sprinter') && !written.has('Signs') && !written.has('Reed'));
  });

  it('strips a possessive’s s, straight or curly, and nothing else', () => {
    assert.deepStrictEqual(['Ashby’s', "Ashby's", 'Rees', 'Ashby'].map(bare), ['Ashby', 'Ashby', 'Rees', 'Ashby']);
  });

  it('still reads each of thousands of heading lines against the body', () => {
    const headings = Array.from({ length: 400 }, (_, i) => `Council Delays Vote on Harbour Plan ${i}`);
    const text = [...headings, 'Sprinter Mallory Says Soup Was “the Only Explanation”', 'By Tom Reed',
      'GENEVA — Kerrine Mallory wept as she told a tribunal that soup was the only way she could account for the trace.',
      '“It was a gas station,” Mallory said.'].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kerrine Mallory', 'Kerrine Mallory']);
  });
});
