import * as assert from 'node:assert';
import fc from 'fast-check';
import { normalizeWord, tokenize } from '../../../server/src/engine/text/tokenize';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('gives each word its offsets into the original text', () => {
    const text = '  “Hello,” said Ms. Ng.';
    for (const token of tokenize(text)) assert.strictEqual(normalizeWord(text.slice(token.start, token.end)), token.norm);
    assert.deepStrictEqual(
      tokenize(text).map((t) => text.slice(t.start, t.end)),
      ['Hello', 'said', 'Ms', 'Ng'],
    );
  });

  it('keeps apostrophes inside words and folds their style', () => {
    assert.deepStrictEqual(norms("don't Ukraine’s rock ’n’ roll"), ["don't", "ukraine's", 'rock', 'n', 'roll']);
    assert.strictEqual(normalizeWord('don’t'), normalizeWord("don't"));
    assert.strictEqual(normalizeWord('donʼt'), normalizeWord("don't"));
  });

  it('folds case, accents and Unicode forms', () => {
    assert.strictEqual(normalizeWord('Zelenskyy'), 'zelenskyy');
    assert.strictEqual(normalizeWord('Café'), normalizeWord('cafe\u0301'));
    assert.strictEqual(normalizeWord('Café'), 'cafe');
    assert.strictEqual(normalizeWord('ﬁnal'), 'final'); // ligature (NFKC)
    assert.strictEqual(normalizeWord('ＵＳＡ'), 'usa'); // full-width letters
    assert.strictEqual(normalizeWord('Straße'), normalizeWord('STRASSE'));
  });

  it('splits words at hyphens and dashes alike', () => {
    assert.deepStrictEqual(norms('28-point plan'), ['28', 'point', 'plan']);
    assert.deepStrictEqual(norms('Witkoff – long'), norms('Witkoff - long'));
    assert.deepStrictEqual(norms('Witkoff—long'), ['witkoff', 'long']);
  });

  it('reads numbers with group separators as one word', () => {
    assert.deepStrictEqual(norms('1,000 troops and 3.5 km'), ['1000', 'troops', 'and', '3.5', 'km']);
    assert.strictEqual(normalizeWord('1,000'), normalizeWord('1000'));
  });

  it('ignores soft hyphens and zero-width joiners inside a word', () => {
    const text = 'nego\u00adtiate';
    assert.deepStrictEqual(tokenize(text).map((t) => [t.norm, t.start, t.end]), [['negotiate', 0, text.length]]);
  });

  it('tokenizes only the span asked for, with offsets into the whole text', () => {
    const text = 'one two three four';
    assert.deepStrictEqual(
      tokenize(text, { start: 4, end: 13 }).map((t) => [t.norm, t.start, t.end]),
      [['two', 4, 7], ['three', 8, 13]],
    );
    assert.deepStrictEqual(tokenize(text, { start: 5, end: 10 }).map((t) => text.slice(t.start, t.end)), ['wo', 'th']);
  });

  it('copes with astral letters, CR line ends and NUL', () => {
    const text = 'a\r\nb\rc\u0000d 𝒜bc x𝒜';
    assert.deepStrictEqual(norms(text), ['a', 'b', 'c', 'd', 'abc', 'xa']);
  });
});

describe('tokenize scans like its word pattern', () => {
  // The plain regular-expression reading the hand scanner must reproduce, word for word.
  const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’‘ʼ.\u00ad\u200c\u200d]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
  const reference = (text: string, start: number, end: number) => {
    const out: [string, number, number][] = [];
    WORD.lastIndex = start;
    for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
      const to = Math.min(m.index + m[0].length, end);
      out.push([normalizeWord(text.slice(m.index, to)), m.index, to]);
    }
    return out;
  };
  const PIECES = ['a', 'Z', 'q', '0', '9', ' ', "'", '’', '‘', 'ʼ', '.', ',', '-', '“', '”', '—', '…', '\u00a0', '\u00ad', '\u200d',
    'é', 'e\u0301', 'ß', '٣', '²', '😀', '中', '\n', 'Ukraine', "don't", '1,000', 'U.S.', 'x’', '’s', ',5', '5,'];
  it('gives the same words, offsets and forms on any mix of ASCII, curly marks, digits and other scripts, for any span', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const got = tokenize(text, { start, end }).map((t) => [t.norm, t.start, t.end]);
        assert.deepStrictEqual(got, reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
