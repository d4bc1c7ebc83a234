import * as assert from 'node:assert';
import { applySuppressions, findDirectives } from '../../../server/src/engine/suppress';
import type { FindingCode, Format } from '../../../server/src/engine/types';

/** A finding at the first occurrence of a marker word, enough for suppression which reads only code and span. */
function at(text: string, word: string, code: FindingCode = 'misquote'): { code: FindingCode; span: { start: number; end: number } } {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `${word} is in the text`);
  return { code, span: { start, end: start + word.length } };
}

const kept = (text: string, format: Format, findings: ReturnType<typeof at>[]): string[] =>
  applySuppressions(text, format, findings).map((f) => text.slice(f.span.start, f.span.end));

describe('ignore comments (applySuppressions)', () => {
  it('disable-next-line silences the next line only, in Markdown', () => {
    const text = 'AAA said "x".\n<!-- quote-check-disable-next-line -->\nBBB said "y".\nCCC said "z".\n';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'AAA'), at(text, 'BBB'), at(text, 'CCC')]), ['AAA', 'CCC']);
  });

  it('disable-next-line skips blank lines to reach the next paragraph', () => {
    const text = '<!-- quote-check-disable-next-line -->\n\nBBB said "y".\n\nCCC said "z".';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'BBB'), at(text, 'CCC')]), ['CCC']);
  });

  it('listed codes limit a directive to those codes', () => {
    const text = '<!-- quote-check-disable-next-line misquote, misattribution -- checked by phone -->\nBBB CCC DDD\n';
    const findings = [at(text, 'BBB', 'misquote'), at(text, 'CCC', 'quote-not-found'), at(text, 'DDD', 'misattribution')];
    assert.deepStrictEqual(kept(text, 'markdown', findings), ['CCC']);
  });

  it('an unknown code silences nothing rather than everything', () => {
    const text = '<!-- quote-check-disable-next-line misquot -->\nBBB\n';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'BBB')]), ['BBB']);
  });

  it('disable … enable covers the region between, and enable may lift single codes', () => {
    const text = [
      'AAA',
      '<!-- quote-check-disable -->',
      'BBB CCC',
      '<!-- quote-check-enable quote-not-found -->',
      'DDD EEE',
      '<!-- quote-check-enable -->',
      'FFF',
    ].join('\n');
    const findings = [
      at(text, 'AAA'),
      at(text, 'BBB'),
      at(text, 'CCC', 'quote-not-found'),
      at(text, 'DDD'),
      at(text, 'EEE', 'quote-not-found'),
      at(text, 'FFF'),
    ];
    assert.deepStrictEqual(kept(text, 'markdown', findings), ['AAA', 'EEE', 'FFF']);
  });

  it('disable with codes leaves other codes alone until enabled', () => {
    const text = '<!-- quote-check-disable misquote -->\nBBB CCC\n<!-- quote-check-enable misquote -->\nDDD';
    const findings = [at(text, 'BBB'), at(text, 'CCC', 'not-a-quote'), at(text, 'DDD')];
    assert.deepStrictEqual(kept(text, 'markdown', findings), ['CCC', 'DDD']);
  });

  it('disable-file applies to the whole file wherever it stands', () => {
    const text = 'AAA BBB\n\n<!-- quote-check-disable-file uncredited-copy -->\n';
    const findings = [at(text, 'AAA', 'uncredited-copy'), at(text, 'BBB', 'misquote')];
    assert.deepStrictEqual(kept(text, 'markdown', findings), ['BBB']);
  });

  it('disable-line silences its own line', () => {
    const text = 'AAA said "x". <!-- quote-check-disable-line -->\nBBB';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'AAA'), at(text, 'BBB')]), ['BBB']);
  });

  it('LaTeX uses % comments, but not an escaped \\%', () => {
    const text = '50\\% quote-check-disable-next-line\nAAA\n% quote-check-disable-next-line\nBBB\nCCC';
    assert.deepStrictEqual(kept(text, 'latex', [at(text, 'AAA'), at(text, 'BBB'), at(text, 'CCC')]), ['AAA', 'CCC']);
    assert.strictEqual(findDirectives('<!-- quote-check-disable-file -->', 'latex').length, 0);
  });

  it('plain text accepts #, // and % comment lines and <!-- -->', () => {
    for (const comment of ['# quote-check-disable-next-line', '// quote-check-disable-next-line', '  % quote-check-disable-next-line', '<!-- quote-check-disable-next-line -->']) {
      const text = `AAA\n${comment}\nBBB\nCCC`;
      assert.deepStrictEqual(kept(text, 'plaintext', [at(text, 'AAA'), at(text, 'BBB'), at(text, 'CCC')]), ['AAA', 'CCC'], comment);
    }
  });

  it('plain text ignores a directive in the middle of a sentence', () => {
    const text = 'He wrote quote-check-disable-next-line in the text.\nBBB';
    assert.deepStrictEqual(kept(text, 'plaintext', [at(text, 'BBB')]), ['BBB']);
  });

  it('Markdown does not take # lines as comments', () => {
    const text = '# quote-check-disable-next-line\nBBB';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'BBB')]), ['BBB']);
  });

  it('CRLF line ends count like LF', () => {
    const text = 'AAA\r\n<!-- quote-check-disable-next-line -->\r\nBBB\r\nCCC';
    assert.deepStrictEqual(kept(text, 'markdown', [at(text, 'AAA'), at(text, 'BBB'), at(text, 'CCC')]), ['AAA', 'CCC']);
  });

  it('keeps the findings in their original order and identity', () => {
    const text = 'CCC AAA BBB';
    const findings = [at(text, 'BBB'), at(text, 'AAA'), at(text, 'CCC')];
    const result = applySuppressions(text, 'markdown', findings);
    assert.deepStrictEqual(result, findings);
    assert.strictEqual(result[0], findings[0]);
  });
});
