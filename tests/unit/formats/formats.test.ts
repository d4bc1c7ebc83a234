import * as assert from 'node:assert';
import { formatForLanguageId, formatForPath, proseView } from '../../../server/src/engine/formats/index';
import { plainTextParagraphs } from '../../../server/src/engine/text/paragraphs';
import type { Format, Span } from '../../../server/src/engine/types';

const kept = (text: string, format: Format) => proseView(text, format).text.replace(/\s+/g, ' ').trim();
const slices = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('format detection', () => {
  it('reads the format from the extension', () => {
    assert.strictEqual(formatForPath('drafts/a.md'), 'markdown');
    assert.strictEqual(formatForPath('C:\\drafts\\A.MARKDOWN'), 'markdown');
    assert.strictEqual(formatForPath('paper.tex'), 'latex');
    assert.strictEqual(formatForPath('talk.vtt'), 'vtt');
    assert.strictEqual(formatForPath('talk.srt'), 'vtt');
    assert.strictEqual(formatForPath('notes.txt'), 'plaintext');
    assert.strictEqual(formatForPath('README'), 'plaintext');
  });

  it('takes a .txt whose lines are mostly speaker turns for a transcript, and news text for plain text', () => {
    assert.strictEqual(formatForPath('i.txt', 'PUTIN: We agree.\nREPORTER: On what?\nPUTIN: On the basis.\n'), 'transcript');
    assert.strictEqual(formatForPath('i.txt', 'Speaker 1 00:00:01\nHello there.\n\nSpeaker 2 00:00:04\nHi.\n'), 'transcript');
    const news = 'Putin said on Thursday: “We agree.”\nHe added that talks would go on.\nNote: the talks are in Geneva.\n';
    assert.strictEqual(formatForPath('n.txt', news), 'plaintext');
  });

  it('decides by the same counts however blank lines and line ends are written, and wherever the colons are', () => {
    // Blank lines of other white space (no-break space, tabs) do not count as lines; CRLF and CR end lines too.
    assert.strictEqual(formatForPath('i.txt', 'PUTIN: We agree.\r\n\u00a0\t\r\nREPORTER: On what?\rPUTIN: On the basis.'), 'transcript');
    // A label line whose only colon is in its timestamp, and a timestamped inline label.
    assert.strictEqual(formatForPath('i.txt', 'Speaker 1 00:00:01\nHello.\nSpeaker 2 00:00:04\nHi.'), 'transcript');
    assert.strictEqual(formatForPath('i.txt', '[00:01:02] Dr. Ng: Yes.\nAnna Smith (1:03): No.\nDr. Ng: Why?'), 'transcript');
    // One label is not enough, nor are colons only in prose, nor turns that start after most of the text.
    assert.strictEqual(formatForPath('i.txt', 'PUTIN: We agree.\nThe talks went on.\nThey ended late.'), 'plaintext');
    assert.strictEqual(formatForPath('n.txt', 'He said: no.\nShe said: yes.\nThey said: maybe.'), 'plaintext');
    const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the article runs on.`).join('\n');
    assert.strictEqual(formatForPath('n.txt', `${prose}\nPUTIN: We agree.\nREPORTER: On what?`), 'plaintext');
    assert.strictEqual(formatForPath('n.txt', 'Prose without a single colon in it.\n'.repeat(50)), 'plaintext');
  });

  it('maps VS Code language ids, and refuses the others', () => {
    assert.strictEqual(formatForLanguageId('markdown'), 'markdown');
    assert.strictEqual(formatForLanguageId('plaintext'), 'plaintext');
    assert.strictEqual(formatForLanguageId('latex'), 'latex');
    assert.strictEqual(formatForLanguageId('tex'), 'latex');
    assert.strictEqual(formatForLanguageId('typescript'), null);
  });
});

describe('plain text paragraphs', () => {
  it('takes every line for a paragraph in line-per-paragraph news text', () => {
    const text = 'First paragraph is a sentence that runs on for a while.\r\nSecond one.\rThird one.\n\nFourth.';
    assert.deepStrictEqual(slices(text, plainTextParagraphs(text)), [
      'First paragraph is a sentence that runs on for a while.', 'Second one.', 'Third one.', 'Fourth.',
    ]);
  });

  it('joins the lines of hard-wrapped text, but not list items', () => {
    const text = 'It was the best of times, it was the worst\nof times, it was the age of wisdom, it\nwas the age of foolishness.\n\n- one\n- two\n';
    assert.deepStrictEqual(slices(text, plainTextParagraphs(text)), [
      'It was the best of times, it was the worst\nof times, it was the age of wisdom, it\nwas the age of foolishness.', '- one', '- two',
    ]);
  });
});

describe('Markdown adapter', () => {
  it('keeps text, blanks markup, and keeps offsets', () => {
    const text = '# Title\n\nSome *emphasis*, a [link](http://x.y "t"), `code` and <b>html</b>.\n';
    const view = proseView(text, 'markdown');
    assert.strictEqual(view.text.length, text.length);
    assert.strictEqual(kept(text, 'markdown'), 'Title Some emphasis , a link , and html .');
    assert.strictEqual(view.text.indexOf('emphasis'), text.indexOf('emphasis'));
  });

  it('keeps block quote text but not the > of its continuation lines', () => {
    assert.strictEqual(kept('> one\n> two\n>\n> three\n', 'markdown'), 'one two three');
  });

  it('turns an encoded quotation mark into the mark itself', () => {
    const view = proseView('He said &ldquo;no&rdquo; and &#8220;yes&#8221;.', 'markdown');
    assert.strictEqual(view.text.replace(/\s+/g, ' '), 'He said “ no” and “ yes” .');
  });

  it('reads CRLF and lone CR line ends', () => {
    const text = '---\r\ntitle: "x"\r\n---\r\n\r\nA “quote”.\rNext line.\r\n';
    const view = proseView(text, 'markdown');
    assert.strictEqual(view.text.replace(/\s+/g, ' ').trim(), 'A “quote”. Next line.');
  });

  it('gives paragraphs, headings and table cells as blocks', () => {
    const text = '# Head\n\nPara\n\n| a | b |\n|---|---|\n| c | d |\n';
    const view = proseView(text, 'markdown');
    assert.deepStrictEqual(slices(view.text, view.blocks ?? []).map((s) => s.trim()), ['Head', 'Para', 'a', 'b', 'c', 'd']);
  });
});

describe('LaTeX adapter', () => {
  it('rewrites quotation syntax into marks of the same length', () => {
    const text = "A ``b'' `c' \\enquote{d} \\textquote[e]{f} \\say{g}.";
    const view = proseView(text, 'latex');
    assert.strictEqual(view.text.length, text.length);
    assert.strictEqual(view.text.replace(/\s+/g, ' '), 'A “b” ‘c\' “d” “f” “g”.');
  });

  it('reads ellipsis and dash commands as the punctuation they print', () => {
    const text = '``Shade is not decoration \\ldots{} it is infrastructure\\textemdash{}and drains.\'\'';
    const view = proseView(text, 'latex');
    assert.strictEqual(view.text.length, text.length);
    assert.strictEqual(kept(text, 'latex'), '“Shade is not decoration … it is infrastructure— and drains.”');
  });

  it('blanks comments but not an escaped percent sign', () => {
    assert.strictEqual(kept('Up 5\\% today. % a comment\nNext.', 'latex'), 'Up 5 % today. Next.');
  });

  it('keeps the text of text commands and drops keys, paths and the preamble', () => {
    const text = '\\documentclass{article}\\usepackage{x}\n\\begin{document}\n\\section{Intro} \\emph{Real} words\\footnote{Note \\cite{k}.}, \\ref{fig}.\n\\end{document}\n';
    assert.strictEqual(kept(text, 'latex'), 'Intro Real words Note . , .');
  });
});

describe('transcript adapters', () => {
  it('reads speaker turns with their labels and timestamps blanked', () => {
    const text = '[00:00:05] Ann Lee: We agree.\r\nIt is fine.\r\n\r\nBOB (00:00:09): No.\n';
    const view = proseView(text, 'transcript');
    assert.deepStrictEqual(
      view.utterances.map((u) => [u.speaker, u.timestamp, text.slice(u.span.start, u.span.end)]),
      [['Ann Lee', '00:00:05', 'We agree.\r\nIt is fine.'], ['BOB', '00:00:09', 'No.']],
    );
    assert.strictEqual(view.text.replace(/\s+/g, ' ').trim(), 'We agree. It is fine. No.');
  });

  it('reads a bracketed name as the speaker ("QUESTION (Ines Varga, Nordwire):"), a bracketed role as the label\'s', () => {
    const text = 'MS TALLBERG: Good morning.\nQUESTION (Ines Varga, Nordwire): Was he warned?\nCLLR ODD HOLM (CHAIR): Next.\n';
    assert.strictEqual(formatForPath('b.txt', text), 'transcript');
    assert.deepStrictEqual(proseView(text, 'transcript').utterances.map((u) => u.speaker), ['MS TALLBERG', 'Ines Varga', 'CLLR ODD HOLM']);
  });

  it('merges WebVTT cues of one speaker and keeps cue text only', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>One\n\n00:02.000 --> 00:03.000\ntwo.\n\n00:03.000 --> 00:04.000\n<v Bob>Three &amp; four.\n';
    const view = proseView(text, 'vtt');
    assert.deepStrictEqual(
      view.utterances.map((u) => [u.speaker, u.timestamp, view.text.slice(u.span.start, u.span.end).replace(/\s+/g, ' ')]),
      [['Ann', '00:01.000', 'One two.'], ['Bob', '00:03.000', 'Three & four.']],
    );
  });
});
