import * as assert from 'node:assert';
import { narrationItems, paragraphing } from '../../../server/src/engine/attribution/narration';
import { PeopleTable } from '../../../server/src/engine/attribution/people';

// The table reads each name run once and hands every caller its own pair: a rule that extends a run over "of" to a
// body's full name ("the Office for …") must not lengthen the run the next rule reads.
describe('name runs', () => {
  it('are read once and given out as fresh pairs a caller may extend', () => {
    const text = 'Staff of the Harbour Office met Hana Ruiz at the quay. Hana Ruiz said nothing.';
    const items = narrationItems(text, { start: 0, end: text.length }, [], paragraphing(text));
    const table = new PeopleTable(items, new Set(items.filter((it) => !it.capital).map((it) => it.lower)));
    const hana = items.findIndex((it) => it.text === 'Hana');
    const run = table.runAfter(hana)!;
    assert.deepStrictEqual(run.map((i) => items[i].text), ['Hana', 'Ruiz']);
    run[1] = items.length - 1;
    assert.deepStrictEqual(table.runAfter(hana)!.map((i) => items[i].text), ['Hana', 'Ruiz']);
    assert.notStrictEqual(table.runAfter(hana), table.runAfter(hana));
  });
});
