// Builds a masked copy of a text: same length, non-prose characters turned into spaces, line breaks kept so that
// paragraphs stay paragraphs and offsets stay those of the original.

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

export class Mask {
  private readonly codes: Uint16Array;

  constructor(readonly original: string, blankAll = false) {
    this.codes = new Uint16Array(original.length);
    for (let i = 0; i < original.length; i++) this.codes[i] = original.charCodeAt(i);
    if (blankAll) this.blank(0, original.length);
  }

  /** Turns [start, end) into spaces, keeping line breaks. */
  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(end, this.codes.length); i++) {
      const c = this.original.charCodeAt(i);
      this.codes[i] = c === LF || c === CR ? c : SPACE;
    }
  }

  /** Brings back the original characters of [start, end). */
  keep(start: number, end: number): void {
    for (let i = Math.max(0, start); i < Math.min(end, this.codes.length); i++) this.codes[i] = this.original.charCodeAt(i);
  }

  /** Writes replacement characters at `at` (a same-length rewrite, such as a LaTeX quote into a curly mark). */
  write(at: number, replacement: string): void {
    for (let i = 0; i < replacement.length && at + i < this.codes.length; i++) this.codes[at + i] = replacement.charCodeAt(i);
  }

  toString(): string {
    if (LITTLE_ENDIAN && !hasSurrogate(this.codes)) return UTF16.decode(this.codes);
    // The decoder would replace a lone surrogate; character codes keep every code unit as it is.
    let out = '';
    const CHUNK = 8192;
    for (let i = 0; i < this.codes.length; i += CHUNK) {
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(i + CHUNK, this.codes.length)) as unknown as number[]);
    }
    return out;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function hasSurrogate(codes: Uint16Array): boolean {
  for (let i = 0; i < codes.length; i++) if ((codes[i] & 0xf800) === 0xd800) return true;
  return false;
}
