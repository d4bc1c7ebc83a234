// Bytes of a source file to the text the engine sees. A byte-order mark is dropped (it is not part of the text, and
// every offset the engine reports is an offset into the decoded text); line ends are kept exactly as they are.

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; readonly warning: string | null }
  | { readonly ok: false; readonly reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Made once: a decoder per file costs more than decoding a short article.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le');

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): Decoded {
  const body = bytes.subarray(2);
  const even = body.length - (body.length % 2);
  const units = new Uint8Array(body.subarray(0, even));
  if (bigEndian) for (let i = 0; i < even; i += 2) [units[i], units[i + 1]] = [units[i + 1], units[i]];
  const text = UTF16LE.decode(units);
  const warning = even === body.length ? null : 'ends in half a UTF-16 character, which was dropped';
  return { ok: true, text, encoding: bigEndian ? 'utf-16be' : 'utf-16le', warning };
}

/** Decodes UTF-8 (with or without a BOM) and UTF-16 with a BOM; refuses binary content. */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, true);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    return { ok: false, reason: 'looks like a binary file (it contains NUL bytes); if it is UTF-16 text, save it with a byte-order mark' };
  }
  try {
    return { ok: true, text: STRICT_UTF8.decode(body), encoding: 'utf-8', warning: null };
  } catch {
    const text = LENIENT_UTF8.decode(body);
    return { ok: true, text, encoding: 'utf-8', warning: 'is not valid UTF-8; the invalid bytes were read as U+FFFD (�)' };
  }
}
