import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import type { Format } from '../../../server/src/engine/types';

/** Each quotation's words and the mention its attribution found. */
function dialogue(text: string, format: Format = 'plaintext'): [string, string | null][] {
  return analyzeDocument(text, format).quotations.map((q) => [text.slice(q.inner.start, q.inner.end), q.attribution.mention?.text ?? null]);
}

describe('dash-introduced dialogue', () => {
  it('reads a paragraph opened by an em or en dash as speech, its incise as the attribution clause', () => {
    assert.deepStrictEqual(dialogue('— Where are you going? she asked.\n\n– Nowhere, he said.\n'), [['Where are you going?', 'she'], ['Nowhere,', 'he']]);
    assert.deepStrictEqual(dialogue('— Where are you going, and why now? she asked.\n'), [['Where are you going, and why now?', 'she']]);
    assert.deepStrictEqual(dialogue('— We agree, Putin said.\n\n— We agree, said the envoy.\n'), [['We agree,', 'Putin'], ['We agree,', 'the envoy']]);
    assert.deepStrictEqual(dialogue('— I went home, Mary. She said nothing.\n'), [['I went home, Mary. She said nothing.', null]]);
  });

  it('ends the speech at narration set off by dashes, and takes it up again after', () => {
    assert.deepStrictEqual(dialogue('— Nowhere — he said — and never again.\n'), [['Nowhere', 'he'], ['and never again.', 'he']]);
  });

  it('keeps a whole turn when no speech verb follows a comma or a dash (interview transcripts)', () => {
    assert.deepStrictEqual(dialogue('— Why did you resign?\n\n— Because the board lied to me, and then — worse — denied it.\n'), [
      ['Why did you resign?', null],
      ['Because the board lied to me, and then — worse — denied it.', null],
    ]);
  });

  it('takes the speech up again after a short incise sentence, with no mark of its own', () => {
    assert.deepStrictEqual(dialogue('Mulligan smiled.\n\n—Thanks, old chap, he cried briskly. That will do nicely. Switch it off, will you?\n'), [
      ['Thanks, old chap,', 'he'],
      ['That will do nicely. Switch it off, will you?', 'he'],
    ]);
    assert.deepStrictEqual(dialogue('—He was up all night, Ansel said. Where is his gun?\n'), [['He was up all night,', 'Ansel'], ['Where is his gun?', 'Ansel']]);
    const text = '— Nowhere, he said. Go.\n';
    const resumed = analyzeDocument(text, 'plaintext').quotations[1];
    assert.deepStrictEqual([resumed.openMark, text.slice(resumed.outer.start, resumed.outer.end)], ['', 'Go.']);
  });

  it('takes the speech up again after an incise set off by commas, unless narration goes on there', () => {
    assert.deepStrictEqual(dialogue('—That fellow I was with last night, said Ansel Brand, says you are mad. He is up in the asylum now.\n'), [
      ['That fellow I was with last night,', 'Ansel Brand'],
      ['says you are mad. He is up in the asylum now.', 'Ansel Brand'],
    ]);
    assert.deepStrictEqual(dialogue('— Well, she asked, what now? Go home and sleep it off, all of you.\n').map(([w]) => w), ['Well,', 'what now? Go home and sleep it off, all of you.']);
    assert.deepStrictEqual(dialogue('—Come along, said Ansel Brand, taking her arm and leading her down the long path home.\n').map(([w]) => w), [
      'Come along, said Ansel Brand, taking her arm and leading her down the long path home.',
    ]);
  });

  it('ends an incise sentence at a full stop that follows no title or initial', () => {
    assert.deepStrictEqual(dialogue('— Come in, Ansel said to Mr. Brand. Sit down.\n'), [['Come in,', 'Ansel'], ['Sit down.', 'Ansel']]);
    // A clause running long is no incise: the turn keeps its words.
    assert.deepStrictEqual(dialogue('— Well, she asked them all at the long table by the door of the inn. Go home.\n'), [
      ['Well, she asked them all at the long table by the door of the inn. Go home.', null],
    ]);
  });

  it('reads two hyphens opening a paragraph as the dialogue dash, never three or a signature', () => {
    assert.deepStrictEqual(dialogue('His mother said:\n\n--O, Stephen will apologise.\n'), [['O, Stephen will apologise.', 'His mother']]);
    assert.deepStrictEqual(dialogue('--What is your name?\n--A gentleman.\n').map(([w]) => w), ['What is your name?', 'A gentleman.']);
    assert.deepStrictEqual(dialogue('---\n\n-- \nAnna\n'), []);
  });

  it('reads each dash-opened line of a hard-wrapped dialogue paragraph as a turn', () => {
    const text = 'They met at the gate, as they had every evening for a week.\n\n— Why did you resign?\n— Because the board lied to me.\n';
    assert.deepStrictEqual(dialogue(text), [['Why did you resign?', null], ['Because the board lied to me.', null]]);
  });

  it('reads Markdown paragraphs too', () => {
    assert.deepStrictEqual(dialogue('Some *prose* first.\n\n— Where are you going? she asked.\n', 'markdown'), [['Where are you going?', 'she']]);
  });

  it('creates no quotation from a dash inside prose, and leaves marked quotations to the marks', () => {
    assert.deepStrictEqual(dialogue('The plan — like this one — is not dialogue.\n'), []);
    assert.deepStrictEqual(dialogue('A line\n— that wraps onto a dash — is prose.\n'), []);
    assert.deepStrictEqual(dialogue('— "Hello," she said.\n'), [['Hello,', 'she']]);
  });

  it('is not read in LaTeX, where a dash is written ---', () => {
    assert.deepStrictEqual(dialogue('— Where are you going? she asked.\n', 'latex'), []);
  });

  it('gives the dash as the opening mark, no closing mark, and an outer span ending with the speech', () => {
    const text = '— Nowhere, he said.\n';
    const [q] = analyzeDocument(text, 'plaintext').quotations;
    assert.deepStrictEqual([q.openMark, q.closeMark, text.slice(q.outer.start, q.outer.end)], ['—', '', '— Nowhere,']);
  });
});
