/**
 * Normalised words ↔ dense ids. A plain ASCII word can be looked up straight from the text it stands in, lower-cased
 * on the fly, so indexing a document makes a string only for a word never seen before: an open-addressing table of
 * ids, keyed by a hash of the lower-cased code units, checked against the stored word.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  private hashes = new Uint32Array(1024);
  /** Slot → id + 1 (0 = empty); the size is a power of two, at most half full. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.words.length;
  }

  /** The id of a normalised word, or undefined. */
  get(word: string): number | undefined {
    const id = this.find(word, 0, word.length, hashOf(word, 0, word.length), false);
    return id < 0 ? undefined : id;
  }

  /** The id of a normalised word, added if new. */
  intern(word: string): number {
    const hash = hashOf(word, 0, word.length);
    const id = this.find(word, 0, word.length, hash, false);
    return id >= 0 ? id : this.add(word, hash);
  }

  /** The id of text[start, end), a plain ASCII word (its normal form is its lower case), added if new. */
  internLowerCase(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const id = this.find(text, start, end, hash, true);
    return id >= 0 ? id : this.add(text.slice(start, end).toLowerCase(), hash);
  }

  private find(text: string, start: number, end: number, hash: number, fold: boolean): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] === hash && equals(this.words[id], text, start, end, fold)) return id;
    }
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const grown = new Uint32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if (2 * this.words.length > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[id] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }
}

/** ASCII capitals read as small letters; every other code unit as it is. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** FNV-1a over the ASCII-lower-cased code units, finished with a mix so the low bits (the slot) see every unit. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

function equals(word: string, text: string, start: number, end: number, fold: boolean): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (fold ? lower(c) : c)) return false;
  }
  return true;
}
