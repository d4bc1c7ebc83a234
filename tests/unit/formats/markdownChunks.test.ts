// The Markdown adapter parses a document in pieces: the pieces must read exactly as the whole document does.

import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { markdownPieceView, markdownView } from '../../../server/src/engine/formats/markdown';
import { markdownChunks } from '../../../server/src/engine/formats/markdownChunks';

const REPO = path.resolve(__dirname, '../../../..');

// Lines that open, continue or close every block kind that could carry across a blank line, with the container
// prefixes that hide them, and plain prose lines (many, so that pieces are cut).
const LINES = [
  'Putin said “we will win” on Friday.', 'A plain sentence of prose.', 'Another line with *emphasis* and `code`.',
  'Zelensky: “No deal.”', '# A heading', 'Title', '===', '---', '+++', '***', '- item “quoted”', '* star item', '+ plus',
  '1. first', '2) second', '   continued', '    indented code “x”', '\tTabbed', '> quoted block “y”', '>', '> ```',
  '```', '~~~', '````', '```js', '  ```', '- ```', '> ~~~', '<!--', '-->', '<!-- quote-check-disable -->',
  '<!-- open', 'close -->', '<script>', '</script>', '<pre>', '</pre>', '<?php', '?>', '<!DOCTYPE html', '<![CDATA[',
  ']]>', '<div>', '</div>', '| a | b |', '|---|---|', '[ref]: https://example.com', '[^1]: A note', 'See [ref] and [^1].',
  'www.example.com “z”', 'a\\', '&ldquo;Hi&rdquo; she said.', 'title: x', '', '', '', '', ' ', '\r',
];

const documents = fc
  .array(fc.constantFrom(...LINES), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

function wholeAgrees(text: string): void {
  const whole = markdownPieceView(text);
  const view = markdownView(text);
  assert.strictEqual(view.text, whole.text);
  assert.deepStrictEqual(view.blocks, whole.blocks);
}

describe('Markdown in pieces', () => {
  it('reads any mix of blocks, fences, HTML, lists, front matter and definitions exactly as the whole document', () => {
    fc.assert(fc.property(documents, wholeAgrees), { numRuns: 400 });
  });

  it('reads an edited document exactly as the whole, its unchanged pieces remembered and runs of new ones parsed together', () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINES)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 60 }), edits, (lines, changes) => {
        markdownView(lines.join('\n'));
        const edited = [...lines];
        for (const [at, line] of changes) edited[at % edited.length] = line;
        wholeAgrees(edited.join('\n'));
      }),
      { numRuns: 300 },
    );
    // Prose paragraphs: one edited among many remembered, then a run of several new ones between remembered ones.
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says “words ${i}”.\n\n| a | b |\n|---|---|\n| ${i} | x |`);
    markdownView(paragraphs.join('\n\n'));
    wholeAgrees(paragraphs.map((p, i) => (i === 20 ? `${p} Edited.` : p)).join('\n\n'));
    wholeAgrees(paragraphs.map((p, i) => (i >= 10 && i < 15 ? `# Heading ${i}\n\n${p}` : p)).join('\n\n'));
  });

  it('reads CRLF documents exactly as the whole document', () => {
    fc.assert(fc.property(documents, (text) => wholeAgrees(text.replace(/\n/g, '\r\n'))), { numRuns: 100 });
  });

  it('reads every Markdown fixture exactly as the whole document', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(md|markdown)$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.join(REPO, 'tests/fixtures'));
    walk(path.join(REPO, 'examples'));
    assert.ok(files.length > 5);
    for (const file of files) wholeAgrees(fs.readFileSync(file, 'utf8'));
  });

  it('cuts prose paragraphs into pieces, and an edit moves no cut but at its own line', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says “words ${i}” and more.`);
    const text = paragraphs.join('\n\n');
    const cutsOf = (t: string) => markdownChunks(t).map((c) => t.slice(c.start, c.start + 14)).filter((c) => c !== 'Paragraph 100 ');
    assert.ok(cutsOf(text).length > 20, `${cutsOf(text).length} pieces`);
    const edited = text.replace('Paragraph 100 says', 'Paragraph 100 now says');
    assert.deepStrictEqual(cutsOf(edited), cutsOf(text));
  });

  it('keeps a document whole after a fence that may stay open, and one with link definitions', () => {
    const prose = Array.from({ length: 100 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    assert.strictEqual(markdownChunks(`\`\`\`\n\n${prose}`).length, 1);
    assert.strictEqual(markdownChunks(`- item\n  <!--\n\n${prose}`).length, 1);
    assert.strictEqual(markdownChunks(`${prose}\n\n[a]: http://x`).length, 1);
    assert.ok(markdownChunks(`<!-- closed -->\n\n${prose}`).length > 1);
  });
});
