import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../engine/types';

// The one seam where engine offsets (UTF-16 code units) become LSP positions (a client position becomes an offset
// through TextDocument.offsetAt, which counts the same way). LSP's default position
// encoding is UTF-16 too, so a character is a code unit; both TextDocument and the engine's LineMap convert that way.

/** Anything that maps offsets of one text to positions: an open TextDocument or the LineMap of a source text. */
export interface PositionMap {
  positionAt(offset: number): Position;
}

export function toRange(map: PositionMap, span: Span): Range {
  return { start: map.positionAt(span.start), end: map.positionAt(span.end) };
}

/** A position from a client, which may be out of range or malformed: null when it is not even numbers. */
export function validPosition(position: unknown): Position | null {
  const p = position as Partial<Position> | null;
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character)) return null;
  return { line: Math.max(0, p.line!), character: Math.max(0, p.character!) };
}
