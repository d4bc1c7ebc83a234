/**
 * The index data of many source files in one byte array, for a cache on disk: per file a key (chosen by the caller,
 * e.g. a hash of the file's bytes) and the words the retriever stores for it. Bytes in, bytes out: the caller does the
 * IO. A pack written by another format version, or cut short, or altered is read as empty, or without the entries
 * that no longer check out: a damaged cache costs a re-index, never a wrong index.
 *
 * Layout, little-endian: magic, version, entry count; per entry its key (KEY_LENGTH ASCII bytes), word count and
 * checksum; then every entry's words, in entry order.
 */

/** Bump when what the words of a text are changes: tokenizing, normalising, word hashing. */
export const INDEX_FORMAT_VERSION = 1;
/** Keys are this many ASCII characters (a SHA-256 in hex). */
export const KEY_LENGTH = 64;

const MAGIC = 0x58494351; // "QCIX"
const HEADER_BYTES = 12;
const ENTRY_BYTES = KEY_LENGTH + 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function encodeIndexPack(entries: ReadonlyMap<string, Uint32Array>): Uint8Array {
  let words = 0;
  for (const [key, data] of entries) {
    if (key.length !== KEY_LENGTH || !/^[\x20-\x7e]*$/.test(key)) throw new Error(`an index pack key is ${KEY_LENGTH} ASCII characters: ${key}`);
    words += data.length;
  }
  const dataStart = HEADER_BYTES + entries.size * ENTRY_BYTES;
  const bytes = new Uint8Array(dataStart + 4 * words);
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
    if (LITTLE_ENDIAN) bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
    else for (let i = 0; i < data.length; i++) view.setUint32(at + 4 * i, data[i], true);
    entry += ENTRY_BYTES;
    at += data.byteLength;
  }
  return bytes;
}

/** The entries of a pack, by key: those whose words check out (none for bytes that are not a pack of this version). */
export function decodeIndexPack(bytes: Uint8Array): Map<string, Uint32Array> {
  const entries = new Map<string, Uint32Array>();
  if (bytes.length < HEADER_BYTES) return entries;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== INDEX_FORMAT_VERSION) return entries;
  const count = view.getUint32(8, true);
  const dataStart = HEADER_BYTES + count * ENTRY_BYTES;
  if (dataStart > bytes.length) return entries;
  // One aligned copy of the words (a file read need not start on a 4-byte boundary); entries are views into it.
  const words = wordsOf(bytes.subarray(dataStart));
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

function wordsOf(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.length >>> 2);
  if (LITTLE_ENDIAN) new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true);
  }
  return words;
}

/** FNV-1a over the words, seeded with their count, so a truncated or altered entry is told apart. */
function checksum(data: Uint32Array): number {
  let h = Math.imul(0x811c9dc5 ^ data.length, 0x01000193);
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
  return h >>> 0;
}
