import * as assert from 'node:assert';
import { proseView } from '../../../server/src/engine/formats/index';
import { scanQuotations } from '../../../server/src/engine/quotes/scan';
import { narrationItems, paragraphing } from '../../../server/src/engine/attribution/narration';
import { clauseIndex } from '../../../server/src/engine/attribution/sentMessages';

// The clause and sentence starts read in one pass must be those a walk back from each item finds.
describe('clause index', () => {
  const text = 'Ada Vance wrote twice. She called it "a fine idea." and then "a mistake" in one breath. It read: "Stop."';
  const view = proseView(text, 'plaintext');
  const top = scanQuotations(view).quotations.map((q, index) => ({ q, index })).filter(({ q }) => q.depth === 0);
  const items = narrationItems(view.text, { start: 0, end: text.length }, top, paragraphing(view.text));
  const clauses = clauseIndex(items);
  const at = (quote: string) => items.findIndex((it) => it.kind === 'quote' && it.text.includes(quote));

  it('opens a clause past a quotation that closed on its own stop, else at its sentence', () => {
    assert.strictEqual(items[clauses.clauseStart(at('a fine idea'))].text, 'She');
    assert.strictEqual(items[clauses.clauseStart(at('a mistake'))].text, 'and');
    assert.strictEqual(items[clauses.clauseStart(at('Stop'))].text, 'It');
  });

  it('counts sentences back from an item, and stops at the text\'s first', () => {
    assert.strictEqual(items[clauses.sentenceBefore(at('Stop'), 1)].text, 'She');
    assert.strictEqual(clauses.sentenceBefore(at('Stop'), 5), 0);
  });
});
