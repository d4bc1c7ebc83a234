import type { BucketTable } from './buckets';
import { checksum } from './checksum';
import type { SegmentTables } from './segment';

/**
 * The index data of many source files in one byte array, for a cache on disk: per file a key (chosen by the caller,
 * e.g. a hash of the file's bytes) and the words the retriever stores for it. Bytes in, bytes out: the caller does the
 * IO. A pack written by another format version, or cut short, or altered is read as empty, or without the entries
 * that no longer check out: a damaged cache costs a re-index, never a wrong index.
 *
 * Layout, little-endian: magic, version, entry count; per entry its key (KEY_LENGTH ASCII bytes), word count and
 * checksum; then every entry's words, in entry order. Optionally then the index's built tables for those entries in
 * that order (see SegmentTables): magic, layout checksum, per table its bits and posting count, a checksum of the
 * table arrays; then the k-gram table's offsets and postings, the word table's offsets and postings. A reader that
 * finds them damaged reads the entries alone (the index is built again).
 */

/** Bump when what the words of a text are changes: tokenizing, normalising, word hashing. */
export const INDEX_FORMAT_VERSION = 1;
/** Keys are this many ASCII characters (a SHA-256 in hex). */
export const KEY_LENGTH = 64;

const MAGIC = 0x58494351; // "QCIX"
const HEADER_BYTES = 12;
const ENTRY_BYTES = KEY_LENGTH + 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const TABLES_MAGIC = 0x42544351; // "QCTB"
const TABLES_HEADER_BYTES = 28;

/** The entries' words and, if given, the tables built for exactly those entries in this order. */
export function encodeIndexPack(entries: ReadonlyMap<string, Uint32Array>, tables?: SegmentTables): Uint8Array {
  let words = 0;
  for (const [key, data] of entries) {
    if (key.length !== KEY_LENGTH || !/^[\x20-\x7e]*$/.test(key)) throw new Error(`an index pack key is ${KEY_LENGTH} ASCII characters: ${key}`);
    words += data.length;
  }
  const dataStart = HEADER_BYTES + entries.size * ENTRY_BYTES;
  const arrays = tables ? tableArrays(tables) : [];
  const tableBytes = arrays.length ? TABLES_HEADER_BYTES + arrays.reduce((sum, a) => sum + a.byteLength, 0) : 0;
  const bytes = new Uint8Array(dataStart + 4 * words + tableBytes);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_FORMAT_VERSION, true);
  view.setUint32(8, entries.size, true);
  let entry = HEADER_BYTES;
  let at = dataStart;
  for (const [key, data] of entries) {
    for (let i = 0; i < KEY_LENGTH; i++) bytes[entry + i] = key.charCodeAt(i);
    view.setUint32(entry + KEY_LENGTH, data.length, true);
    view.setUint32(entry + KEY_LENGTH + 4, checksum(data), true);
    writeWords(bytes, view, at, data);
    entry += ENTRY_BYTES;
    at += data.byteLength;
  }
  if (tables) {
    const header = [TABLES_MAGIC, tables.layoutChecksum, tables.grams.bits, tables.grams.postings.length, tables.unigrams.bits, tables.unigrams.postings.length, arraysChecksum(arrays)];
    header.forEach((value, i) => view.setUint32(at + 4 * i, value, true));
    at += TABLES_HEADER_BYTES;
    for (const a of arrays) {
      writeWords(bytes, view, at, a);
      at += a.byteLength;
    }
  }
  return bytes;
}

/** The tables a pack holds after its entries, or undefined when it holds none or they do not check out. */
export function decodeIndexTables(bytes: Uint8Array): SegmentTables | undefined {
  const header = readHeader(bytes);
  if (!header) return undefined;
  const { view, count } = header;
  let at = header.dataStart;
  for (let e = 0; e < count; e++) at += 4 * view.getUint32(HEADER_BYTES + e * ENTRY_BYTES + KEY_LENGTH, true);
  if (at + TABLES_HEADER_BYTES > bytes.length || view.getUint32(at, true) !== TABLES_MAGIC) return undefined;
  const [layoutChecksum, gramBits, gramCount, wordBits, wordCount, sum] = [1, 2, 3, 4, 5, 6].map((i) => view.getUint32(at + 4 * i, true));
  if (gramBits > 30 || wordBits > 30) return undefined;
  const lengths = [(1 << gramBits) + 1, gramCount, (1 << wordBits) + 1, wordCount];
  at += TABLES_HEADER_BYTES;
  if (at + 4 * lengths.reduce((a, b) => a + b, 0) !== bytes.length) return undefined;
  const arrays = lengths.map((length) => {
    const array = wordsOf(bytes.subarray(at, at + 4 * length));
    at += 4 * length;
    return array;
  });
  if (arraysChecksum(arrays) !== sum) return undefined;
  const table = (bits: number, offsets: Uint32Array, postings: Uint32Array): BucketTable => ({ bits, offsets, postings });
  return { layoutChecksum, grams: table(gramBits, arrays[0], arrays[1]), unigrams: table(wordBits, arrays[2], arrays[3]) };
}

function tableArrays(tables: SegmentTables): Uint32Array[] {
  return [tables.grams.offsets, tables.grams.postings, tables.unigrams.offsets, tables.unigrams.postings];
}

function arraysChecksum(arrays: readonly Uint32Array[]): number {
  return arrays.reduce((h, a) => checksum(a, h), 0);
}

function writeWords(bytes: Uint8Array, view: DataView, at: number, data: Uint32Array): void {
  if (LITTLE_ENDIAN) bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
  else for (let i = 0; i < data.length; i++) view.setUint32(at + 4 * i, data[i], true);
}

/** The entries of a pack, by key: those whose words check out (none for bytes that are not a pack of this version). */
export function decodeIndexPack(bytes: Uint8Array): Map<string, Uint32Array> {
  const entries = new Map<string, Uint32Array>();
  const header = readHeader(bytes);
  if (!header) return entries;
  const { view, count, dataStart } = header;
  // One aligned copy of the words (a file read need not start on a 4-byte boundary); entries are views into it.
  let total = 0;
  for (let e = 0; e < count; e++) total += view.getUint32(HEADER_BYTES + e * ENTRY_BYTES + KEY_LENGTH, true);
  const words = wordsOf(bytes.subarray(dataStart, dataStart + 4 * total));
  let at = 0;
  for (let e = 0; e < count; e++) {
    const entry = HEADER_BYTES + e * ENTRY_BYTES;
    const length = view.getUint32(entry + KEY_LENGTH, true);
    if (at + length > words.length) break;
    const data = words.subarray(at, at + length);
    at += length;
    if (checksum(data) !== view.getUint32(entry + KEY_LENGTH + 4, true)) continue;
    entries.set(String.fromCharCode(...bytes.subarray(entry, entry + KEY_LENGTH)), data);
  }
  return entries;
}

/** The pack's entry count and where its words start, or null for bytes that are not a whole pack header of this version. */
function readHeader(bytes: Uint8Array): { view: DataView; count: number; dataStart: number } | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== INDEX_FORMAT_VERSION) return null;
  const count = view.getUint32(8, true);
  const dataStart = HEADER_BYTES + count * ENTRY_BYTES;
  return dataStart > bytes.length ? null : { view, count, dataStart };
}

function wordsOf(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.length >>> 2);
  if (LITTLE_ENDIAN) new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true);
  }
  return words;
}
