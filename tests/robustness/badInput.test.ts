import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/engine/check/check';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../server/src/engine/index/kgramIndex';
import type { RetrievalHit, Retriever } from '../../server/src/engine/index/retriever';
import type { CheckResult } from '../../server/src/engine/types';
import { loadCorpus } from '../../server/src/sources/corpusLoad';
import { addToCorpus, loadSources } from '../../server/src/sources/loader';
import { REPO } from './drafts';

// Bad input not covered by tests/unit/sources (which has: empty, binary, oversized, invalid UTF-8, missing folder,
// folder that is a file, symlink loop, unreadable file, vanished file, escaping paths): UTF-16 and odd line ends
// through the whole loader and check, a 5 MB single-line source, thousands of tiny files, a file rewritten while
// read, an engine failure on one source, and drafts that are huge, one paragraph, all quotes or all odd.

const SEED = fs.readFileSync(path.join(REPO, 'sources/putin-peace-proposal.txt'), 'utf8');
const MISQUOTE = 'Putin said: “If Ukrainian troops leave the territories they hold, then we will stop fighting.”';

function inside(result: CheckResult, length: number): void {
  for (const f of result.findings) assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= length, `${f.code} ${JSON.stringify(f.span)} of ${length}`);
  for (const q of result.quotes) assert.ok(0 <= q.span.start && q.span.end <= length);
}

describe('bad input: sources', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-check-bad-'));
    fs.mkdirSync(path.join(root, 'sources'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(root, 'sources', name), data);

  async function misquoteSource(): Promise<string | undefined> {
    const corpus = new Corpus(new KGramIndex());
    await loadCorpus(corpus, root, ['sources']);
    const finding = checkDraft(MISQUOTE, 'plaintext', corpus, { uncreditedCopyMinWords: 8 }).findings.find((f) => f.code === 'misquote');
    return finding?.source?.docId;
  }

  it('checks against UTF-16 LE and BE sources with a byte-order mark, with exact source ranges', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]);
    write('le.txt', le);
    assert.strictEqual(await misquoteSource(), 'sources/le.txt');
    const { documents } = await loadSources(root, ['sources']);
    assert.strictEqual(documents[0].text, SEED);
    fs.rmSync(path.join(root, 'sources/le.txt'));
    const be = Buffer.from(SEED, 'utf16le').swap16();
    write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    assert.strictEqual(await misquoteSource(), 'sources/be.txt');
  });

  for (const [name, end] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    it(`matches across ${name} line ends and points at the exact source words`, async () => {
      const text = SEED.replace(/\n/g, end);
      write('article.txt', text);
      const corpus = new Corpus(new KGramIndex());
      await loadCorpus(corpus, root, ['sources']);
      const finding = checkDraft(MISQUOTE, 'plaintext', corpus, { uncreditedCopyMinWords: 8 }).findings.find((f) => f.code === 'misquote');
      assert.ok(finding?.source, 'the misquote is found');
      assert.strictEqual(text.slice(finding.source.span.start, finding.source.span.end), finding.source.text);
      assert.match(finding.source.text, /territories they occupy/);
    });
  }

  it('skips a source over 50 MB with one message naming the setting, and loads the rest', async () => {
    // A sparse file: 50 MB on paper, nothing on disk.
    fs.closeSync(fs.openSync(path.join(root, 'sources/huge.txt'), 'w'));
    fs.truncateSync(path.join(root, 'sources/huge.txt'), 50 * 1024 * 1024 + 1);
    write('article.txt', SEED);
    const corpus = new Corpus(new KGramIndex());
    const { problems } = (await loadCorpus(corpus, root, ['sources'])).report;
    assert.deepStrictEqual(problems.map((p) => p.path), ['sources/huge.txt']);
    assert.match(problems[0].message, /larger than 50 MB.*maxSourceFileSizeMB/);
    assert.strictEqual(corpus.size, 1);
  });

  // One paragraph of 5 MB holding thousands of quotations, nested ones among them: attribution must stay linear in the
  // paragraph's length (it takes about 3 s; it took 43 s when each nested quotation scanned its parent's words).
  it('checks a quote against a 5 MB source of one line', async () => {
    write('one-line.txt', (SEED.replace(/\n/g, ' ') + ' ').repeat(Math.ceil((5 * 1024 * 1024) / SEED.length)));
    assert.strictEqual(await misquoteSource(), 'sources/one-line.txt');
  });

  it('loads thousands of tiny files', async () => {
    for (let i = 0; i < 3000; i++) write(`note-${i}.txt`, `Note ${i}: “Word ${i} stands alone,” a clerk said.\n`);
    write('article.txt', SEED);
    const corpus = new Corpus(new KGramIndex());
    const { problems } = (await loadCorpus(corpus, root, ['sources'])).report;
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(corpus.size, 3001);
    assert.strictEqual(await misquoteSource(), 'sources/article.txt');
  });

  it('survives a file rewritten over and over while the sources load', async () => {
    const versions = ['first version of the notes. ', 'the second, longer version of these notes. '].map((v) => v.repeat(2000));
    write('article.txt', SEED);
    // Written once before the first load, so every load lists it: the timer's first write may come in any round.
    write('churn.txt', versions[0]);
    let i = 1;
    const timer = setInterval(() => write('churn.txt', versions[i++ % 2]), 1);
    try {
      for (let round = 0; round < 20; round++) {
        const { documents, problems } = await loadSources(root, ['sources']);
        const churn = documents.find((d) => d.id === 'sources/churn.txt');
        // Whatever moment the read caught: a whole version, a truncated one, or an empty file skipped with a message.
        if (churn) assert.ok(versions.some((v) => v.startsWith(churn.text)), 'a prefix of a written version');
        else assert.ok(problems.some((p) => p.path === 'sources/churn.txt'), 'a churned file not read is named');
        assert.ok(documents.some((d) => d.id === 'sources/article.txt'));
      }
    } finally {
      clearInterval(timer);
    }
  });

  it('names and skips a source that makes the engine fail, and keeps the rest', async () => {
    class FailingOn implements Retriever {
      private readonly inner = new KGramIndex();
      set(docId: string, words: readonly string[]): void {
        if (docId.includes('poison')) throw new Error('index failure');
        this.inner.set(docId, words);
      }
      delete(docId: string): void {
        this.inner.delete(docId);
      }
      search(words: readonly string[], limit: number): RetrievalHit[] {
        return this.inner.search(words, limit);
      }
    }
    write('article.txt', SEED);
    write('poison.txt', 'anything at all');
    const corpus = new Corpus(new FailingOn());
    const { problems } = (await loadCorpus(corpus, root, ['sources'])).report;
    assert.deepStrictEqual(problems.map((p) => [p.path, p.skipped]), [['sources/poison.txt', true]]);
    assert.match(problems[0].message, /index failure/);
    assert.deepStrictEqual([...corpus.all()].map((m) => m.doc.id), ['sources/article.txt']);
    assert.strictEqual(addToCorpus(corpus, { id: 'sources/article.txt', text: SEED, format: 'plaintext' }), null, 'an unchanged document is kept as is');
  });
});

describe('bad input: drafts', function () {
  this.timeout(60000);
  const corpus = new Corpus(new KGramIndex());
  corpus.upsert({ id: 'sources/putin-peace-proposal.txt', text: SEED, format: 'plaintext' });
  const check = (text: string, format: 'markdown' | 'plaintext' | 'latex' = 'markdown') => {
    const result = checkDraft(text, format, corpus, { uncreditedCopyMinWords: 8 });
    inside(result, text.length);
    return result;
  };

  it('checks an empty draft, and drafts of only white space, marks or NUL', () => {
    for (const text of ['', ' ', '\n\n\r\n', '"', '“', '”“', '\u0000\u0000', '«»', '""', '\ufeff']) {
      for (const format of ['markdown', 'plaintext', 'latex'] as const) check(text, format);
    }
    assert.deepStrictEqual(check('').findings, []);
  });

  it('checks a 5 MB draft, and finds the misquote at its very end', () => {
    const filler = 'The council met again on Tuesday and nothing much happened at all. ';
    const paragraphs = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (filler.length * 5 + 2)) }, () => filler.repeat(5));
    const text = paragraphs.join('\n\n') + '\n\n' + MISQUOTE + '\n';
    const result = check(text);
    const misquote = result.findings.find((f) => f.code === 'misquote');
    assert.ok(misquote && misquote.span.start > text.length - MISQUOTE.length - 2, 'the misquote at the end is found');
  });

  it('checks one enormous paragraph with quotes in it', () => {
    const text = `${'word after word without a break '.repeat(2000)}${MISQUOTE} ${'and more words '.repeat(2000)}`;
    assert.ok(check(text, 'plaintext').findings.some((f) => f.code === 'misquote'));
  });

  it('checks thousands of quotes, each judged', () => {
    const text = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? MISQUOTE : `“Quote number ${i} of the many made up ones,” she said.`)).join('\n\n');
    const result = check(text);
    assert.strictEqual(result.quotes.length, 2000);
    assert.strictEqual(result.findings.filter((f) => f.code === 'misquote').length, 667);
  });

  // No full stop anywhere: each quotation's clause search and sibling lookup must not scan back over the sentence
  // (quadratic, this took over 5 s at 16,000 quotations).
  it('checks 12,000 quotes in one sentence, each judged', () => {
    const text = Array.from({ length: 12000 }, (_, i) => `“made-up words ${i} here”`).join(' and ') + ` and ${MISQUOTE}`;
    const result = check(text, 'plaintext');
    assert.strictEqual(result.quotes.length, 12001);
    assert.ok(result.findings.some((f) => f.code === 'misquote'));
  });

  it('survives unbalanced quotation marks everywhere', () => {
    const marks = ['"', '“', '”', '‘', '’', '«', '»', '„', '``', "''"];
    let text = '';
    for (let i = 0; i < 4000; i++) text += `${marks[i % marks.length]}word${i % 7 === 0 ? '\n\n' : ' '}`;
    for (const format of ['markdown', 'plaintext', 'latex'] as const) check(text + MISQUOTE, format);
  });

  it('keeps ranges exact next to astral characters, combining marks, joiners, right-to-left text and NUL', () => {
    const odd = '😀👩‍👩‍👧 🇺🇦 e\u0301 \u200d مرحبا \u202eשלום\u0000 𝔘';
    const text = `${odd} ${MISQUOTE.replace('troops', `troops${odd}`)} ${odd}\n\n${odd}“${odd}”\n\n${MISQUOTE}`;
    const result = check(text);
    const misquotes = result.findings.filter((f) => f.code === 'misquote');
    const last = misquotes[misquotes.length - 1];
    assert.strictEqual(text.slice(last.span.start, last.span.end), 'If Ukrainian troops leave the territories they hold, then we will stop fighting.');
  });
});
