import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/engine/analyze';
import type { Format } from '../../server/src/engine/types';

// Generated drafts for the robustness properties and the fuzz runs: pieces of real source text (quoted exactly, with a
// word changed, credited to the right or the wrong person, copied without marks) mixed with every kind of odd text
// (astral characters, combining marks, joiners, right-to-left text, NUL, lone surrogates, stray marks, odd line ends).

export const REPO = path.resolve(__dirname, '../../..');

/** The real sources the generated drafts quote from: the seed article and the check fixtures' sources. */
export function realSources(): { id: string; text: string; format: Format }[] {
  const files = [
    'sources/putin-peace-proposal.txt',
    'tests/fixtures/check/council-plaintext/sources/council-vote.md',
    'tests/fixtures/check/council-plaintext/sources/okafor-interview.txt',
  ];
  return files.map((file) => {
    const text = fs.readFileSync(path.join(REPO, file), 'utf8');
    return { id: file, text, format: file.endsWith('.md') ? 'markdown' : 'plaintext' };
  });
}

/** Real drafts to mutate: the check fixtures and the CLI fixture drafts. */
export function realDrafts(): { name: string; text: string }[] {
  const files = ['tests/fixtures/check/seed-markdown/draft.md', 'tests/fixtures/check/council-plaintext/draft.txt', 'tests/fixtures/cli/project/draft.md', 'examples/draft.md'];
  return files.filter((f) => fs.existsSync(path.join(REPO, f))).map((f) => ({ name: path.basename(f), text: fs.readFileSync(path.join(REPO, f), 'utf8') }));
}

/** The quotations of the real sources (inner text) and their plain narration sentences. */
function sourceMaterial(): { quotes: string[]; sentences: string[] } {
  const quotes: string[] = [];
  const sentences: string[] = [];
  for (const source of realSources()) {
    const analysis = analyzeDocument(source.text, source.format);
    for (const q of analysis.quotations) quotes.push(source.text.slice(q.inner.start, q.inner.end));
    for (const line of source.text.split(/\n+/)) if (line.split(' ').length >= 8 && !/[“”"]/.test(line)) sentences.push(line.trim());
  }
  return { quotes: quotes.filter((q) => q.split(' ').length >= 3), sentences };
}

const material = sourceMaterial();

/** Characters that trip up naive offset arithmetic and text handling. */
export const ODDITIES = [
  '😀', // astral: two UTF-16 code units
  '👩‍👩‍👧', // a ZWJ sequence
  '🇺🇦', // a flag: two regional indicators
  'e\u0301', // a combining accent
  '\u200d', // a zero-width joiner alone
  '\u200b', // zero-width space
  '\ufeff', // a BOM in the middle of the text
  'مرحبا بالعالم', // right-to-left
  '\u202e', // right-to-left override
  'שלום',
  '\u0000', // NUL
  '\ud83d', // a lone high surrogate
  '\ude00', // a lone low surrogate
  '\t',
  '\u00a0',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '``', "''", '\\enquote{', '}'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r'];
const NAMES = ['Putin', 'Vladimir Putin', 'Stanovaya', 'Tatiana Stanovaya', 'Okafor', 'the mayor', 'she', 'he', 'Rubio', 'Zelenskyy'];
const VERBS = ['said', 'told reporters', 'wrote', 'added', 'insisted'];

const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);

/** A source quotation with one word changed, dropped, duplicated or swapped with its neighbour. */
const mutatedQuote = fc.tuple(fc.constantFrom(...material.quotes), fc.nat(), fc.constantFrom('change', 'drop', 'double', 'swap'), word).map(([quote, at, kind, replacement]) => {
  const words = quote.split(' ');
  const i = at % words.length;
  if (kind === 'change') words[i] = replacement;
  else if (kind === 'drop' && words.length > 1) words.splice(i, 1);
  else if (kind === 'double') words.splice(i, 0, words[i]);
  else if (i + 1 < words.length) [words[i], words[i + 1]] = [words[i + 1], words[i]];
  return words.join(' ');
});

const quoteText = fc.oneof(fc.constantFrom(...material.quotes), mutatedQuote, fc.constantFrom(...material.sentences));

/** A quotation in some mark style, credited to someone, to nobody, or before the quote. */
const quotation = fc
  .tuple(quoteText, fc.constantFrom(['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['‘', '’']), fc.option(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS))), fc.boolean())
  .map(([text, [open, close], credit, before]) => {
    const quoted = `${open}${text}${close}`;
    if (!credit) return quoted;
    return before ? `${credit[0]} ${credit[1]}: ${quoted}` : `${quoted}, ${credit[0]} ${credit[1]}.`;
  });

const oddity = fc.constantFrom(...ODDITIES);
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.array(fc.oneof(oddity, fc.constantFrom(...MARKS), word), { maxLength: 8 }).map((parts) => parts.join(' ')),
);

/** One piece of a draft: a quotation, copied narration, plain words, markup, or noise. */
const piece = fc.oneof(
  { weight: 5, arbitrary: quotation },
  { weight: 2, arbitrary: fc.constantFrom(...material.sentences) },
  { weight: 2, arbitrary: fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ') + '.') },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom('# Heading', '> ', '```\n"code"\n```', '<!-- quote-check-disable-next-line -->', '% comment', '\\section{A}', '---\ntitle: x\n---', '* ', '[link](http://x "t")') },
);

/** A whole generated draft: pieces joined by spaces and every kind of line end. */
export const draftText = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ...LINE_ENDS)), { maxLength: 14 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

export const draftFormat = fc.constantFrom<Format>('markdown', 'plaintext', 'latex');

/** A real draft with a few random edits: characters inserted, deleted or replaced at random places. */
export const mutatedRealDraft = fc
  .tuple(fc.constantFrom(...realDrafts()), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(noise, fc.constantFrom(...MARKS), oddity, fc.constant(''))), { maxLength: 6 }))
  .map(([draft, edits]) => {
    let text = draft.text;
    for (const [at, remove, insert] of edits) {
      const i = text.length ? at % text.length : 0;
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return { name: draft.name, text };
  });
