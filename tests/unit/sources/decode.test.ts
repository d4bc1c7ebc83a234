import * as assert from 'node:assert';
import { decodeSource } from '../../../server/src/sources/decode';

const text = (bytes: Uint8Array): string => {
  const decoded = decodeSource(bytes);
  assert.ok(decoded.ok, 'expected the bytes to decode');
  return decoded.text;
};

describe('decodeSource', () => {
  it('reads UTF-8 and keeps CRLF and CR line ends as they are', () => {
    assert.strictEqual(text(Buffer.from('“Quote,” she said.\r\nNext\rLast', 'utf8')), '“Quote,” she said.\r\nNext\rLast');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello', 'utf8')]));
    assert.deepStrictEqual(decoded, { ok: true, text: 'Hello', encoding: 'utf-8', warning: null });
  });

  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ça “va” 😀', 'utf16le')]);
    assert.strictEqual(text(le), 'Ça “va” 😀');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    const decoded = decodeSource(be);
    assert.ok(decoded.ok);
    assert.strictEqual(decoded.text, 'Ça “va” 😀');
    assert.strictEqual(decoded.encoding, 'utf-16be');
  });

  it('reads invalid UTF-8 with replacement characters and says so', () => {
    const decoded = decodeSource(Buffer.from([0x61, 0xff, 0x62]));
    assert.ok(decoded.ok);
    assert.strictEqual(decoded.text, 'a\uFFFDb');
    assert.match(decoded.warning ?? '', /not valid UTF-8/);
  });

  it('refuses binary content', () => {
    const decoded = decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.strictEqual(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /binary/);
  });

  it('warns about a UTF-16 file cut in the middle of a character', () => {
    const decoded = decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x63])]));
    assert.ok(decoded.ok);
    assert.strictEqual(decoded.text, 'ab');
    assert.ok(decoded.warning);
  });
});
