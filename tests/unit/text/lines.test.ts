import * as assert from 'node:assert';
import fc from 'fast-check';
import { LineMap, lineEndAt, lineStartAt } from '../../../server/src/engine/text/lines';

describe('LineMap', () => {
  it('counts LF, CRLF and lone CR as one line break each', () => {
    const map = new LineMap('a\nb\r\nc\rd');
    assert.strictEqual(map.lineCount, 4);
    assert.deepStrictEqual(map.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(map.positionAt(2), { line: 1, character: 0 });
    assert.deepStrictEqual(map.positionAt(5), { line: 2, character: 0 });
    assert.deepStrictEqual(map.positionAt(7), { line: 3, character: 0 });
    assert.deepStrictEqual(map.positionAt(8), { line: 3, character: 1 });
  });

  it('places an offset inside a CRLF at the end of its line, not on the next one', () => {
    const map = new LineMap('ab\r\ncd');
    assert.deepStrictEqual(map.positionAt(3), { line: 0, character: 3 });
    assert.deepStrictEqual(map.positionAt(4), { line: 1, character: 0 });
  });

  it('counts characters in UTF-16 code units, so an emoji takes two', () => {
    const map = new LineMap('😀 “x”\nnext');
    assert.deepStrictEqual(map.positionAt('😀 “'.length), { line: 0, character: 4 });
    assert.deepStrictEqual(map.positionAt('😀 “x”\nn'.length), { line: 1, character: 1 });
  });

  it('clamps offsets outside the text', () => {
    const map = new LineMap('ab\ncd');
    assert.deepStrictEqual(map.positionAt(-4), { line: 0, character: 0 });
    assert.deepStrictEqual(map.positionAt(99), { line: 1, character: 2 });
  });

  it('gives an empty text one empty line', () => {
    const map = new LineMap('');
    assert.strictEqual(map.lineCount, 1);
    assert.deepStrictEqual(map.positionAt(0), { line: 0, character: 0 });
  });

  it('stops a character past the end of a line before its line break', () => {
    const map = new LineMap('ab\r\ncd\n');
    assert.strictEqual(map.offsetAt({ line: 0, character: 10 }), 2);
    assert.strictEqual(map.offsetAt({ line: 1, character: 10 }), 6);
    assert.strictEqual(map.offsetAt({ line: 2, character: 0 }), 7);
    assert.strictEqual(map.offsetAt({ line: 9, character: 0 }), 7);
  });

  it('turns every offset into a position and back (property)', () => {
    const pieces = fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r\n', '\r', '“');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const map = new LineMap(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
          if (insideCrlf) continue;
          assert.strictEqual(map.offsetAt(map.positionAt(offset)), offset);
        }
        assert.strictEqual(map.lineCount, text.split(/\r\n|\r|\n/).length);
      }),
    );
  });
});

describe('lineStartAt and lineEndAt', () => {
  it('bound the line holding an offset, before its break, whatever the break', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    for (const word of ['one', 'two', 'three', 'four']) {
      const start = text.indexOf(word);
      for (let at = start; at <= start + word.length; at++) {
        assert.strictEqual(lineStartAt(text, at), start);
        assert.strictEqual(lineEndAt(text, at), start + word.length);
      }
    }
  });

  it('agree with LineMap on every offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r') }), fc.nat(), (text, n) => {
        const at = n % (text.length + 1);
        // Between the CR and LF of a CRLF is no offset of a line's text (LineMap puts it at the end of the line before).
        fc.pre(!(text[at - 1] === '\r' && text[at] === '\n'));
        const map = new LineMap(text);
        const { line } = map.positionAt(at);
        assert.strictEqual(lineStartAt(text, at), map.offsetAt({ line, character: 0 }));
        assert.strictEqual(lineEndAt(text, at), map.offsetAt({ line, character: text.length }));
      }),
    );
  });
});
