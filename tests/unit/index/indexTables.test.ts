import * as assert from 'node:assert';
import { decodeIndexPack, decodeIndexTables, encodeIndexPack, KEY_LENGTH } from '../../../server/src/engine/index/indexPack';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';

// Built tables kept by a cache and adopted by a later run that holds the same documents in the same order.

const TEXTS = [
  'the council voted on tuesday to close the eastern pier for repairs',
  'fishermen said the pier had been unsafe for years and needed repairs',
  'the harbour will reopen in the spring the mayor said on tuesday',
  'repairs to the eastern pier will take a year and cost more than planned',
];
const QUERIES = [['close', 'the', 'eastern', 'pier'], ['the', 'pier', 'had', 'been', 'unsafe'], ['pier'], ['will', 'reopen'], ['nothing', 'like', 'this']];

function indexOf(texts: readonly string[], ids = texts.map((_, i) => `d${i}`)): KGramIndex {
  const index = new KGramIndex();
  texts.forEach((text, i) => index.setText(ids[i], text, { start: 0, end: text.length }));
  return index;
}

/** A second run: the words the first kept, added in this order, with the first run's tables offered. */
function restored(first: KGramIndex, order: readonly number[]): KGramIndex {
  const words = TEXTS.map((_, i) => first.indexedWords(`d${i}`)!);
  const tables = first.tables()!;
  const index = new KGramIndex();
  index.offerTables(tables);
  for (const i of order) index.setIndexedWords(`d${i}`, words[i]);
  return index;
}

const results = (index: KGramIndex) => QUERIES.map((q) => index.search(q, 5));

describe('index tables kept by a cache', () => {
  it('are adopted by an index holding the same documents in the same order: same results, nothing built', () => {
    const first = indexOf(TEXTS);
    const offered = first.tables()!;
    const second = restored(first, [0, 1, 2, 3]);
    assert.deepStrictEqual(results(second), results(first));
    assert.strictEqual(second.tables()?.grams, offered.grams, 'the offered tables are the ones in use');
  });

  it('are refused for other documents or another order, which are built and found as usual', () => {
    const first = indexOf(TEXTS);
    const offered = first.tables()!;
    const reordered = restored(first, [1, 0, 2, 3]);
    assert.notStrictEqual(reordered.tables()?.grams, offered.grams);
    assert.deepStrictEqual(results(reordered), results(indexOf([TEXTS[1], TEXTS[0], TEXTS[2], TEXTS[3]], ['d1', 'd0', 'd2', 'd3'])));
    const fewer = restored(first, [0, 1, 2]);
    assert.notStrictEqual(fewer.tables()?.grams, offered.grams);
    assert.strictEqual(fewer.search(['costs', 'more', 'than', 'planned'], 5).length, 0);
  });

  it('outlast a search of a partial load, and are adopted once every document is there', () => {
    const first = indexOf(TEXTS);
    const offered = first.tables()!;
    const words = TEXTS.map((_, i) => first.indexedWords(`d${i}`)!);
    const index = new KGramIndex();
    index.offerTables(offered);
    index.setIndexedWords('d0', words[0]);
    index.setIndexedWords('d1', words[1]);
    assert.strictEqual(index.search(['the', 'eastern', 'pier'], 5)[0]?.docId, 'd0'); // a segment of the first two
    index.setIndexedWords('d2', words[2]);
    index.setIndexedWords('d3', words[3]);
    assert.strictEqual(index.tables()?.grams, offered.grams);
    assert.deepStrictEqual(results(index), results(first));
  });

  it('are not offered by an index of several segments (after an edit) or with deleted documents', () => {
    const index = indexOf(TEXTS);
    assert.ok(index.tables());
    index.setText('d1', 'a new version of the second text', { start: 0, end: 32 });
    assert.strictEqual(index.tables(), undefined);
  });

  it('go through an index pack with its entries, and a damaged table section is dropped, the entries kept', () => {
    const first = indexOf(TEXTS);
    const entries = new Map(TEXTS.map((_, i) => [String(i).repeat(KEY_LENGTH), first.indexedWords(`d${i}`)!]));
    const tables = first.tables()!;
    const bytes = encodeIndexPack(entries, tables);
    assert.deepStrictEqual(decodeIndexPack(bytes), entries);
    assert.deepStrictEqual(decodeIndexTables(bytes), tables);
    assert.strictEqual(decodeIndexTables(encodeIndexPack(entries)), undefined);
    const altered = bytes.slice();
    altered[altered.length - 3] ^= 0x01;
    assert.deepStrictEqual(decodeIndexPack(altered), entries);
    assert.strictEqual(decodeIndexTables(altered), undefined);
    assert.strictEqual(decodeIndexTables(bytes.subarray(0, bytes.length - 4)), undefined);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepStrictEqual(decodeIndexTables(shifted.subarray(1)), tables);
  });
});
