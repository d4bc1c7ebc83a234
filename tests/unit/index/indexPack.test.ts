import * as assert from 'node:assert';
import { decodeIndexPack, encodeIndexPack, KEY_LENGTH } from '../../../server/src/engine/index/indexPack';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';

const key = (c: string) => c.repeat(KEY_LENGTH);
const ENTRIES = new Map([
  [key('a'), Uint32Array.from([1, 2, 3, 0x7fffffff])],
  [key('b'), new Uint32Array(0)],
  [key('c'), Uint32Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 1)],
]);

describe('index pack', () => {
  it('gives back every entry it was given', () => {
    assert.deepStrictEqual(decodeIndexPack(encodeIndexPack(ENTRIES)), ENTRIES);
    assert.deepStrictEqual(decodeIndexPack(encodeIndexPack(new Map())), new Map());
  });

  it('reads a pack at any byte offset (a file read need not be aligned)', () => {
    const bytes = encodeIndexPack(ENTRIES);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepStrictEqual(decodeIndexPack(shifted.subarray(1)), ENTRIES);
  });

  it('drops what a truncated pack cut off and keeps the entries before it', () => {
    const bytes = encodeIndexPack(ENTRIES);
    const cut = decodeIndexPack(bytes.subarray(0, bytes.length - 5));
    assert.deepStrictEqual([...cut.keys()], [key('a'), key('b')]);
    for (const length of [0, 3, 11, 40, 100]) assert.ok(decodeIndexPack(bytes.subarray(0, length)).size === 0, `${length} bytes`);
  });

  it('drops an entry whose words were altered, and reads nothing of another version or of other bytes', () => {
    const bytes = encodeIndexPack(ENTRIES);
    const altered = bytes.slice();
    altered[altered.length - 7] ^= 0x10;
    assert.deepStrictEqual([...decodeIndexPack(altered).keys()], [key('a'), key('b')]);
    const otherVersion = bytes.slice();
    otherVersion[4] += 1;
    assert.strictEqual(decodeIndexPack(otherVersion).size, 0);
    assert.strictEqual(decodeIndexPack(new TextEncoder().encode('not a pack at all, just some text of some length')).size, 0);
  });

  it('refuses keys it could not give back', () => {
    assert.throws(() => encodeIndexPack(new Map([['short', new Uint32Array(1)]])));
  });

  it('restores an index from the words it kept: same search results, without reading the text', () => {
    const texts = ['The pier will reopen in the spring, the council said.', 'Fishermen said the pier had been unsafe for years.'];
    const original = new KGramIndex();
    texts.forEach((text, i) => original.setText(`d${i}`, text, { start: 0, end: text.length }));
    const kept = new Map(texts.map((_, i) => [key(String(i)), original.indexedWords(`d${i}`)!]));
    original.search(['flush'], 1); // words are given back from segments as from pending documents
    assert.deepStrictEqual(original.indexedWords('d1'), kept.get(key('1')));
    const restored = new KGramIndex();
    for (const [k, words] of decodeIndexPack(encodeIndexPack(kept))) restored.setIndexedWords(`d${k[0]}`, words);
    const query = ['the', 'pier', 'will', 'reopen'];
    assert.deepStrictEqual(restored.search(query, 3), original.search(query, 3));
    assert.strictEqual(restored.search(query, 3)[0]?.docId, 'd0');
  });
});
