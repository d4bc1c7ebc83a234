// Offsets to line/character positions, shared by the LSP seam and the CLI so both count the same way:
// lines end at LF, CRLF or a lone CR (as LSP says), characters are UTF-16 code units (JavaScript string indices).

/** A 0-based line and a 0-based UTF-16 character within it, as LSP counts them. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** The start offset of every line of a text, computed once so that many offsets convert in O(log lines) each. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* CR */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* LF */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): LinePosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: at - this.starts[low] };
  }

  /** The offset of a position; a character past the line's end stops at the end of the line (before its line break). */
  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const end = this.lineContentEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  private lineContentEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

const isLineBreak = (code: number): boolean => code === 10 /* LF */ || code === 13; /* CR */

/** The start of the line holding offset `at`. */
export function lineStartAt(text: string, at: number): number {
  while (at > 0 && !isLineBreak(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The end of the line holding offset `at`, before its line break. */
export function lineEndAt(text: string, at: number): number {
  while (at < text.length && !isLineBreak(text.charCodeAt(at))) at++;
  return at;
}
