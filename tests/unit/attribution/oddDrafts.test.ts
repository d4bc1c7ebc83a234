import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { attributions, speakers } from '../../helpers/attributionText';

// Drafts as writers leave them mid-edit: Windows line ends, a stray mark, a clause with a comma after a full stop.
describe('attribution in odd drafts', () => {
  it('reads a CRLF blank line as a paragraph break, so a quote does not borrow the next paragraph\'s speaker', () => {
    const text = 'The vote was on Tuesday.\n\n"We agree that this could be the basis."\r\n\r\nMaria Lenz said: "The fares go up in May."\n';
    assert.deepStrictEqual(speakers(text), [null, 'Maria Lenz']);
  });

  it('does not run a name across a stray quotation mark', () => {
    const text = 'Speak" Putin said: “In general, we agree.”\n';
    const quotation = analyzeDocument(text, 'markdown').quotations.find((q) => q.closeMark === '”');
    assert.strictEqual(quotation?.attribution.mention?.text, 'Putin');
  });

  it('does not take a participle opening the sentence as the first word of the name after it', () => {
    assert.deepStrictEqual(attributions('Speaking Putin said: "We agree."\n').map((a) => a.mention?.text), ['Putin']);
  });

  it('reads a clause after a comma that follows the closing mark, even after a full stop inside it', () => {
    const text = 'The mayor called it "the least we owe the families on the east bank.", Elena Ruiz said\nand the council agreed with her on every point of the plan.\n';
    assert.deepStrictEqual(speakers(text), ['Elena Ruiz']);
  });

  it('does not read a clause on into the next paragraph', () => {
    const text = 'It was put plainly: "We agree that this could be the basis.", Maria Lenz said\n\nThe fares go up in May for every rider in the city.\n';
    assert.deepStrictEqual(attributions(text).map((a) => [a.speaker, a.cue]), [['Maria Lenz', 'said']]);
  });

  it('keeps a quote\'s own pronoun clause rather than continuing an unclosed quotation before it', () => {
    const text = '«The plan is old news\n\n"We agree that this could be the basis," she said.\n';
    const quotation = analyzeDocument(text, 'plaintext').quotations.find((q) => q.closeMark === '"');
    assert.strictEqual(quotation?.attribution.mention?.text, 'she');
  });
});
