import * as assert from 'node:assert';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineMap } from '../../server/src/engine/text/lines';
import { copyFixture, ensureBundle, FIXTURES, hasStackTrace, ROOT, runCli } from './cliHarness';

const PROJECT = path.join(FIXTURES, 'project');
const draftText = readFileSync(path.join(PROJECT, 'draft.md'), 'utf8');

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Edit {
  range: Range;
  newText: string;
}
interface JsonFinding {
  code: string;
  severity: string;
  range: Range;
  message: string;
  source: { path: string; range: Range; text: string } | null;
  fixes: { title: string; edits: Edit[] }[];
}

const isRange = (r: Range): boolean =>
  [r.start.line, r.start.character, r.end.line, r.end.character].every((n) => Number.isInteger(n) && n >= 0);

const slice = (text: string, range: Range): string => {
  const lines = new LineMap(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
};

/** The draft after a fix's edits, applied from the last to the first so earlier offsets stay valid. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const lines = new LineMap(text);
  const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
  return spans.sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The one finding of a code on the paragraph that contains the given words. */
function findingAt(findings: readonly JsonFinding[], code: string, words: string): JsonFinding {
  const line = draftText.split('\n').findIndex((l) => l.includes(words));
  const found = findings.filter((f) => f.code === code && f.range.start.line <= line && f.range.end.line >= line);
  assert.strictEqual(found.length, 1, `one ${code} on line ${line + 1}, got ${JSON.stringify(findings.map((f) => [f.code, f.range.start.line]))}`);
  return found[0];
}

/** Every file and folder under dir, relative and sorted. */
const listing = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();

describe('quote-check CLI', function () {
  this.timeout(60000);
  before(() => ensureBundle());

  describe('usage', () => {
    it('prints help with the output conventions and exits 0', () => {
      const run = runCli(['--help'], PROJECT);
      assert.strictEqual(run.status, 0);
      assert.match(run.stdout, /^Usage:/);
      assert.match(run.stdout, /UTF-16/);
      assert.match(run.stdout, /--format/);
      assert.strictEqual(runCli(['-h'], PROJECT).stdout, run.stdout);
    });

    it('prints the package version', () => {
      const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const run = runCli(['--version'], PROJECT);
      assert.strictEqual(run.status, 0);
      assert.strictEqual(run.stdout.trim(), version);
    });

    for (const [name, args, pattern] of [
      ['an unknown option', ['--frobnicate', 'draft.md'], /unknown option --frobnicate/],
      ['no draft', [], /no draft files/],
      ['a bad format', ['--format', 'xml', 'draft.md'], /--format must be/],
      ['a missing option value', ['draft.md', '--sources'], /--sources needs a value/],
      ['a bad number', ['--min-copy-words', 'many', 'draft.md'], /whole number/],
      ['a bad severity', ['--severity', 'misquote=fatal', 'draft.md'], /misquote/],
      ['an unknown finding code', ['--severity', 'typo=off', 'draft.md'], /unknown finding code "typo"/],
      ['sarif for quotes', ['quotes', '--format', 'sarif', 'draft.md'], /quotes: --format must be text or json/],
      ['a cache for quotes', ['quotes', '--cache', 'index', 'draft.md'], /--cache.* do not apply/],
      ['a missing cache folder', ['draft.md', '--cache'], /--cache needs a value/],
    ] as const) {
      it(`exits 2 on ${name}, with a message and no stack trace`, () => {
        const run = runCli([...args], PROJECT);
        assert.strictEqual(run.status, 2, run.stderr);
        assert.match(run.stderr, pattern);
        assert.strictEqual(run.stdout, '');
        assert.ok(!hasStackTrace(run.stderr), run.stderr);
      });
    }

    it('exits 2 when a draft file is missing, naming it', () => {
      const run = runCli(['draft.md', 'nowhere.md'], PROJECT);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /nowhere\.md: no such file/);
      assert.ok(!hasStackTrace(run.stderr));
    });
  });

  describe('sources', () => {
    let dir: string | null = null;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    });

    it('exits 2 when the sources folder holds no sources', () => {
      dir = copyFixture('project');
      rmSync(path.join(dir, 'sources'), { recursive: true });
      mkdirSync(path.join(dir, 'sources'));
      const run = runCli(['clean.md'], dir);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /no sources found/);
      assert.match(run.stderr, /sources: is a folder with no source files/);
    });

    it('exits 2 when the sources folder is missing or is a file', () => {
      dir = copyFixture('project');
      assert.match(runCli(['--sources', 'archive', 'clean.md'], dir).stderr, /archive: does not exist/);
      writeFileSync(path.join(dir, 'notes'), 'not a folder');
      const run = runCli(['--sources', 'notes', 'clean.md'], dir);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /notes: is a file, not a folder/);
    });

    it('warns about a binary source on stderr and checks against the rest', () => {
      dir = copyFixture('project');
      writeFileSync(path.join(dir, 'sources', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x00, 0x01]));
      const run = runCli(['clean.md'], dir);
      assert.notStrictEqual(run.status, 2, run.stderr);
      assert.match(run.stderr, /warning: sources\/scan\.txt: looks like a binary file/);
      const json = JSON.parse(runCli(['--format', 'json', 'clean.md'], dir).stdout);
      assert.deepStrictEqual(json.errors.map((e: { path: string }) => e.path), ['sources/scan.txt']);
      assert.deepStrictEqual(json.sources.map((s: { path: string }) => s.path), ['sources/putin-peace-proposal.txt']);
    });

    it('reports an unreadable source as a per-file error', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads files whatever their mode
      dir = copyFixture('project');
      const locked = path.join(dir, 'sources', 'locked.txt');
      writeFileSync(locked, 'Secret words.');
      chmodSync(locked, 0);
      const json = JSON.parse(runCli(['--format', 'json', 'clean.md'], dir).stdout);
      assert.deepStrictEqual(json.errors, [{ path: 'sources/locked.txt', message: 'cannot be read: permission denied' }]);
    });

    it('refuses a relative source path that leaves the working folder', () => {
      const run = runCli(['--sources', '../elsewhere', 'clean.md'], PROJECT);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /cannot leave the workspace folder/);
    });

    it('takes sources from --sources, repeatable and glob-aware', () => {
      dir = copyFixture('project');
      mkdirSync(path.join(dir, 'more'));
      writeFileSync(path.join(dir, 'more', 'note.md'), 'A note.\n');
      const json = JSON.parse(runCli(['--format', 'json', '--sources', 'sources/*.txt', '--sources=more', 'clean.md'], dir).stdout);
      assert.deepStrictEqual(json.sources.map((s: { path: string }) => s.path).sort(), ['more/note.md', 'sources/putin-peace-proposal.txt']);
    });

    it('keeps the index in the --cache folder: same report, one pack, rewritten only when the sources change', () => {
      dir = copyFixture('project');
      const before = listing(dir);
      const plain = runCli(['--format', 'json', 'draft.md'], dir);
      const cached = runCli(['--format', 'json', '--cache', '.index', 'draft.md'], dir);
      assert.strictEqual(cached.status, plain.status, cached.stderr);
      assert.strictEqual(cached.stdout, plain.stdout);
      const packs = readdirSync(path.join(dir, '.index'));
      assert.strictEqual(packs.length, 1, packs.join(', '));
      assert.match(packs[0], /^index-[0-9a-f]{16}\.qcix$/);
      assert.deepStrictEqual(listing(dir), [...before, '.index', `.index/${packs[0]}`].sort(), 'nothing else was written');
      const pack = path.join(dir, '.index', packs[0]);
      const saved = readFileSync(pack);
      const again = runCli(['--format', 'json', '--cache=.index', 'draft.md'], dir);
      assert.strictEqual(again.stdout, plain.stdout);
      assert.ok(readFileSync(pack).equals(saved), 'an unchanged cache is not written again');
      writeFileSync(path.join(dir, 'sources', 'note.txt'), 'A note on the talks, with words of its own.\n');
      runCli(['--cache', '.index', 'draft.md'], dir);
      assert.ok(!readFileSync(pack).equals(saved), 'a new source is saved');
    });

    it('reads past a damaged --cache pack: same report, and the pack is replaced', () => {
      dir = copyFixture('project');
      const plain = runCli(['--format', 'json', 'draft.md'], dir);
      runCli(['--cache', 'cache', 'draft.md'], dir);
      const pack = path.join(dir, 'cache', readdirSync(path.join(dir, 'cache'))[0]);
      const good = readFileSync(pack);
      writeFileSync(pack, good.subarray(0, good.length >> 1));
      const run = runCli(['--format', 'json', '--cache', 'cache', 'draft.md'], dir);
      assert.strictEqual(run.stdout, plain.stdout);
      assert.ok(!hasStackTrace(run.stderr), run.stderr);
      assert.ok(readFileSync(pack).equals(good), 'the pack written again is the one a clean run writes');
    });

    it('warns when the --cache folder cannot be written, and checks all the same', () => {
      dir = copyFixture('project');
      writeFileSync(path.join(dir, 'occupied'), 'a file where the cache folder would go');
      const plain = runCli(['draft.md'], dir);
      const run = runCli(['--cache', 'occupied', 'draft.md'], dir);
      assert.strictEqual(run.status, plain.status);
      assert.strictEqual(run.stdout, plain.stdout);
      assert.match(run.stderr, /warning: could not save the index cache/);
      assert.ok(!hasStackTrace(run.stderr), run.stderr);
    });
  });

  describe('JSON contract (version 1)', () => {
    let json: {
      version: number;
      sources: { path: string; title: string | null; quotes: number }[];
      files: { path: string; quotes: { range: Range; text: string; status: string; speaker: string | null; draftSpeaker: string | null; source: unknown }[]; findings: JsonFinding[] }[];
      errors: unknown[];
    };
    let status: number | null;
    before(() => {
      const run = runCli(['--format', 'json', 'draft.md'], PROJECT);
      status = run.status;
      json = JSON.parse(run.stdout);
    });

    it('has the documented shape', () => {
      assert.deepStrictEqual(Object.keys(json).sort(), ['errors', 'files', 'sources', 'version']);
      assert.strictEqual(json.version, 1);
      assert.deepStrictEqual(json.errors, []);
      assert.strictEqual(json.sources.length, 1);
      assert.strictEqual(json.sources[0].path, 'sources/putin-peace-proposal.txt');
      assert.ok(json.sources[0].title === null || typeof json.sources[0].title === 'string');
      assert.ok(Number.isInteger(json.sources[0].quotes));
      assert.deepStrictEqual(json.files.map((f) => f.path), ['draft.md']);
      for (const f of json.files[0].findings) {
        assert.deepStrictEqual(Object.keys(f).sort(), ['code', 'fixes', 'message', 'range', 'severity', 'source']);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
        assert.ok(isRange(f.range));
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(isRange(e.range));
      }
    });

    it('finds every quotation of the draft with LSP ranges that select its inner text', () => {
      const quotes = json.files[0].quotes;
      assert.strictEqual(quotes.length, 4);
      for (const q of quotes) {
        assert.ok(isRange(q.range));
        assert.strictEqual(slice(draftText, q.range), q.text);
        assert.ok(['verified', 'misquote', 'not-found', 'not-a-quote'].includes(q.status));
      }
    });

    it('counts the quotations of each source', () => {
      assert.ok(json.sources[0].quotes >= 4, `the article quotes Putin and Stanovaya, got ${json.sources[0].quotes}`);
    });

    it('verifies the correct quote against the exact source words', () => {
      const q = json.files[0].quotes.find((x) => x.text.startsWith('In general'))!;
      assert.strictEqual(q.status, 'verified');
      const source = q.source as { path: string; range: Range; text: string };
      assert.strictEqual(source.path, 'sources/putin-peace-proposal.txt');
      const article = readFileSync(path.join(PROJECT, source.path), 'utf8');
      assert.strictEqual(slice(article, source.range), source.text);
      assert.match(source.text, /In general, we agree that this could be the basis for future agreements/);
    });

    it('reports the one-word change as a misquote with a fix that restores the source words', () => {
      const finding = findingAt(json.files[0].findings, 'misquote', 'our goals militarily');
      assert.ok(finding.source && /achieve our aims militarily/.test(finding.source.text));
      assert.ok(finding.fixes.length >= 1);
      const fixed = applyEdits(draftText, finding.fixes[0].edits);
      assert.match(fixed, /“If they don’t, we will achieve our aims militarily\.?,?” Putin said/);
    });

    it('reports the quote found in no source', () => {
      const finding = findingAt(json.files[0].findings, 'quote-not-found', 'moving faster');
      assert.strictEqual(finding.source, null);
    });

    it('reports the misattribution with a fix naming the right speaker', () => {
      const finding = findingAt(json.files[0].findings, 'misattribution', 'Those demands');
      const fixed = applyEdits(draftText, finding.fixes[0].edits);
      assert.match(fixed, /two years,” (Tatiana )?Stanovaya said/);
    });

    it('exits 1 because something is at warning level', () => {
      assert.strictEqual(status, 1);
    });
  });

  describe('text output', () => {
    it('prints path:line:column: severity code: message lines, then a summary', () => {
      const run = runCli(['draft.md'], PROJECT);
      assert.strictEqual(run.status, 1, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      const findings = lines.filter((l) => !l.startsWith(' ')).slice(0, -1);
      assert.ok(findings.length >= 3, run.stdout);
      const json = JSON.parse(runCli(['--format', 'json', 'draft.md'], PROJECT).stdout);
      findings.forEach((line, i) => {
        const f = json.files[0].findings[i] as JsonFinding;
        assert.strictEqual(line, `draft.md:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message.replace(/\s+/g, ' ').trim()}`);
      });
      assert.match(lines[lines.length - 1], /in 1 file; 4 quotations/);
    });

    it('counts columns in UTF-16 code units and lines across CRLF, as the JSON ranges do', () => {
      const dir = copyFixture('project');
      try {
        const text = '# Notes\r\n\r\n😀 “If they don’t, we will achieve our goals militarily,” Putin said.\r\n';
        writeFileSync(path.join(dir, 'crlf.md'), text);
        const quoteLine = text.split('\r\n')[2];
        const column = quoteLine.indexOf('If they') + 1; // 😀 is two code units: column 5, not 4
        const json = JSON.parse(runCli(['--format', 'json', 'crlf.md'], dir).stdout);
        const quote = json.files[0].quotes[0];
        assert.deepStrictEqual(quote.range.start, { line: 2, character: column - 1 });
        const finding: JsonFinding = json.files[0].findings[0];
        const at = `crlf.md:${finding.range.start.line + 1}:${finding.range.start.character + 1}:`;
        assert.strictEqual(finding.range.start.line, 2);
        assert.ok(runCli(['crlf.md'], dir).stdout.startsWith(at));
        assert.strictEqual(column, 5);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exits 0 with a summary when nothing is at warning level', () => {
      const run = runCli(['clean.md', 'plain.txt'], PROJECT);
      assert.strictEqual(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /in 2 files; 1 quotation/);
    });

    it('hides a code set to off and exits 0 when nothing else remains', () => {
      const offs = ['misquote', 'quote-not-found', 'misattribution', 'not-a-quote', 'uncredited-copy'].flatMap((c) => ['--severity', `${c}=off`]);
      const run = runCli([...offs, 'draft.md'], PROJECT);
      assert.strictEqual(run.status, 0, run.stdout);
      assert.doesNotMatch(run.stdout, /: \w+ (misquote|quote-not-found|misattribution): /);
    });

    it('raises a code with --severity', () => {
      const run = runCli(['--severity', 'quote-not-found=error', 'draft.md'], PROJECT);
      assert.match(run.stdout, /: error quote-not-found: /);
    });
  });

  describe('SARIF output', () => {
    it('is SARIF 2.1.0 with rules, results, regions and fixes', () => {
      const run = runCli(['--format', 'sarif', 'draft.md'], PROJECT);
      assert.strictEqual(run.status, 1, run.stderr);
      const sarif = JSON.parse(run.stdout);
      assert.strictEqual(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.strictEqual(sarif.runs.length, 1);
      const [sarifRun] = sarif.runs;
      const driver = sarifRun.tool.driver;
      assert.strictEqual(driver.name, 'quote-check');
      assert.strictEqual(typeof driver.version, 'string');
      assert.strictEqual(driver.informationUri, undefined);
      const ruleIds = driver.rules.map((r: { id: string }) => r.id);
      for (const code of ['misquote', 'quote-not-found', 'misattribution', 'unattributed-quote', 'not-a-quote', 'uncredited-copy', 'unclosed-quote']) {
        assert.ok(ruleIds.includes(code), code);
      }
      for (const rule of driver.rules) assert.ok(rule.shortDescription.text.length > 0);

      const json = JSON.parse(runCli(['--format', 'json', 'draft.md'], PROJECT).stdout);
      const jsonFindings: JsonFinding[] = json.files[0].findings;
      assert.strictEqual(sarifRun.results.length, jsonFindings.length);
      assert.ok(sarifRun.results.length > 0);
      sarifRun.results.forEach((result: any, i: number) => {
        const f = jsonFindings[i];
        assert.strictEqual(result.ruleId, f.code);
        assert.strictEqual(driver.rules[result.ruleIndex].id, f.code);
        assert.strictEqual(result.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[f.severity]);
        assert.strictEqual(result.message.text, f.message);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.strictEqual(artifactLocation.uri, 'draft.md');
        assert.strictEqual(artifactLocation.uriBaseId, 'SRCROOT');
        assert.deepStrictEqual(region, {
          startLine: f.range.start.line + 1,
          startColumn: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
        });
        assert.strictEqual(result.fixes.length, f.fixes.length);
        result.fixes.forEach((fix: any, j: number) => {
          assert.strictEqual(fix.description.text, f.fixes[j].title);
          assert.strictEqual(fix.artifactChanges[0].artifactLocation.uri, 'draft.md');
          assert.strictEqual(fix.artifactChanges[0].replacements.length, f.fixes[j].edits.length);
          for (const r of fix.artifactChanges[0].replacements) {
            assert.ok(r.deletedRegion.startLine >= 1 && r.deletedRegion.startColumn >= 1);
            assert.strictEqual(typeof r.insertedContent.text, 'string');
          }
        });
      });
      assert.match(sarifRun.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    });
  });

  describe('quotes subcommand', () => {
    it('lists quotations with offsets, speakers and cues as JSON', () => {
      const run = runCli(['quotes', '--format', 'json', 'draft.md'], PROJECT);
      assert.strictEqual(run.status, 0, run.stderr);
      const json = JSON.parse(run.stdout);
      assert.deepStrictEqual(Object.keys(json), ['files']);
      const quotes = json.files[0].quotes;
      assert.strictEqual(quotes.length, 4);
      for (const q of quotes) {
        assert.deepStrictEqual(Object.keys(q).sort(), ['cue', 'end', 'speaker', 'speakerMention', 'start', 'text']);
        assert.strictEqual(draftText.slice(q.start, q.end), q.text);
        if (q.speakerMention) assert.strictEqual(draftText.slice(q.speakerMention.start, q.speakerMention.end), q.speakerMention.text);
      }
      assert.ok(quotes[0].text.startsWith('In general'));
      assert.strictEqual(quotes[0].speaker, 'Putin');
      assert.strictEqual(quotes[0].cue, 'said');
      assert.strictEqual(quotes[2].speakerMention?.text.includes('diplomat') ?? true, true);
    });

    it('lists quotations as text lines, path:line:column first', () => {
      const run = runCli(['quotes', 'draft.md', 'plain.txt'], PROJECT);
      assert.strictEqual(run.status, 0, run.stderr);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^draft\.md:3:2: “In general, we agree/);
      assert.strictEqual(lines[lines.length - 1], '4 quotations in 2 files.');
    });
  });
});
