import * as assert from 'node:assert';
import { narrationItems, paragraphing } from '../../../server/src/engine/attribution/narration';
import { PeopleTable } from '../../../server/src/engine/attribution/people';

// The table finds the people a name can be among those sharing a word with it, kept in the order the text introduced
// them: a person who gains a word later (a given name learned after the surname) still comes before those introduced
// after them, as a scan of everyone would give.
describe('namesake index', () => {
  const text = 'Mr. Tate met Ada Lind. Ada Moss came too.';
  const items = narrationItems(text, { start: 0, end: text.length }, [], paragraphing(text));
  const at = (word: string) => items.findIndex((it) => it.text === word);

  it('gives those sharing a word in the order the text introduced them, whenever each gained it', () => {
    const table = new PeopleTable(items, new Set(items.filter((it) => !it.capital).map((it) => it.lower)));
    const tate = table.personFor(at('Mr.'), at('Tate'));
    table.personFor(at('Ada'), at('Lind'));
    table.personFor(items.findIndex((it, i) => it.text === 'Ada' && i > at('Lind')), at('Moss'));
    table.addGivenName(tate, 'Ada');
    assert.deepStrictEqual(table.sharingAWord(['Ada']).map((p) => p.name), ['Ada Tate', 'Ada Lind', 'Ada Moss']);
    assert.deepStrictEqual(table.sharingAWord(['Ada', 'Tate']).map((p) => p.name), ['Ada Tate', 'Ada Lind', 'Ada Moss']);
  });

  it('keeps that order when one person is merged into another', () => {
    const table = new PeopleTable(items, new Set(items.filter((it) => !it.capital).map((it) => it.lower)));
    const tate = table.personFor(at('Mr.'), at('Tate'));
    const lind = table.personFor(at('Ada'), at('Lind'));
    const moss = table.personFor(items.findIndex((it, i) => it.text === 'Ada' && i > at('Lind')), at('Moss'));
    table.addGivenName(tate, 'Ada');
    table.merge(moss, lind);
    assert.deepStrictEqual(table.sharingAWord(['Ada']).map((p) => p.name), ['Ada Tate', 'Ada Moss']);
  });
});
