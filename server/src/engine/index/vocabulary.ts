import { foldedHash } from '../text/tokenize';

/**
 * Normalised words ↔ dense ids. A plain ASCII word can be looked up straight from the text it stands in, lower-cased
 * on the fly, so indexing a document makes no string at all: an open-addressing table of ids, keyed by a hash of the
 * lower-cased code units, checked against the stored word. Words are stored end to end in one code-unit pool, so a
 * check reads memory that sits together, and the vocabulary holds no string objects.
 */
export class Vocabulary {
  private pool = new Uint16Array(8192);
  private poolSize = 0;
  /** Word id → start in pool; the word ends where the next begins (starts[size] = poolSize). */
  private starts = new Uint32Array(1025);
  private count = 0;
  private hashes = new Uint32Array(1024);
  /** Slot → id + 1 (0 = empty); the size is a power of two, at most half full. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.count;
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
    return id >= 0 ? id : this.add(word, 0, word.length, hash, false);
  }

  /**
   * The id of text[start, end), a plain ASCII word (its normal form is its lower case), added if new. `folded` is
   * its foldedHash when the caller has it already (scanWords does).
   */
  internLowerCase(text: string, start: number, end: number, folded = foldedHash(text, start, end)): number {
    const hash = finish(folded);
    const id = this.find(text, start, end, hash, true);
    return id >= 0 ? id : this.add(text, start, end, hash, true);
  }

  private find(text: string, start: number, end: number, hash: number, fold: boolean): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const from = this.starts[id];
      if (this.starts[id + 1] - from === length && (fold ? this.equalsFolded(from, text, start, length) : this.equals(from, text, start, length))) return id;
    }
  }

  private equals(from: number, text: string, start: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.pool[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private equalsFolded(from: number, text: string, start: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.pool[from + i] !== lower(text.charCodeAt(start + i))) return false;
    return true;
  }

  private add(text: string, start: number, end: number, hash: number, fold: boolean): number {
    const id = this.count++;
    const length = end - start;
    if (this.poolSize + length > this.pool.length) this.pool = grown(this.pool, Math.max(2 * this.pool.length, this.poolSize + length));
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(start + i);
      this.pool[this.poolSize + i] = fold ? lower(c) : c;
    }
    this.poolSize += length;
    if (id + 1 === this.hashes.length) {
      this.hashes = grown(this.hashes, 2 * this.hashes.length);
      this.starts = grown(this.starts, 2 * this.hashes.length + 1);
    }
    this.hashes[id] = hash;
    this.starts[id + 1] = this.poolSize;
    if (2 * this.count > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.count; id++) this.place(id);
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

/** foldedHash of the code units, finished with a mix so the low bits (the slot) see every unit. */
function hashOf(text: string, start: number, end: number): number {
  return finish(foldedHash(text, start, end));
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  // 31 bits: a small integer for V8, where a uint32 above 2^31 would be boxed in a heap number on every call.
  return h & 0x7fffffff;
}

function grown<T extends Uint16Array | Uint32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
