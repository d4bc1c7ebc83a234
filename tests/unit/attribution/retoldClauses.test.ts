import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“My physio would just say, ‘…’”", "“Everybody says ‘…’”", "“By the end I wanted to say, ‘…’”": words a quotation
// retells right after a verb of saying are that verb's subject's, past its auxiliaries, listener and a quoting aside.
describe('a verb of saying right before a quotation inside a quotation', () => {
  const inner = (text: string) => analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth === 1).map((q) => q.attribution.speaker);

  it('is an indefinite subject, in lower case ("Everybody says", "people told us")', () => {
    assert.deepStrictEqual(inner('Nell Varga runs the shelter. "Everybody says \'give it time.\' I can\'t," she said.\n'), ['everybody']);
    assert.deepStrictEqual(inner('Nell Varga runs the shelter. "When we opened, people told us, \'You will never fill it.\' We did," she said.\n'), ['people']);
  });

  it('is "management" past a quoting aside ("management told us, and I\'m quoting,")', () => {
    const text = 'Nell Varga drove buses for 20 years. "Every month, management told us, and I\'m quoting, \'the depot is safe.\' It closed," she said.\n';
    assert.deepStrictEqual(inner(text), ['management']);
  });

  it('is the outer speaker for "I" after a fronted phrase with no comma ("By the end I wanted to say")', () => {
    const text = 'Nell Varga lost the final. "By the end I wanted to say, \'Enough now.\' I didn\'t," she said.\n';
    assert.deepStrictEqual(inner(text), ['Nell Varga']);
  });

  it('is "my <noun>" past modals and adverbs ("My masseur would just say"), over a clause after the words', () => {
    const text = 'Nell Varga lost the final. "My masseur would just say, \'Rest, rest, rest.\' We laughed about it," she said.\n';
    assert.deepStrictEqual(inner(text), ['My masseur']);
  });

  it('is a named subject of joined predicates ("Tobin put his horn down and said to Horace")', () => {
    const text = 'Nell Varga booked the band with Tobin Marsh. "Tobin played three choruses, put his horn down and said to Horace, \'Where were you?\' We laughed," she said.\n';
    assert.deepStrictEqual(inner(text), ['Tobin Marsh']);
  });

  it('is one of the group for "One of them said to me"', () => {
    const text = 'Nell Varga taught for years. "The students were frightened. One of them said to me, \'He will end you.\' I believed it," she said.\n';
    assert.deepStrictEqual(inner(text), ['one of the students']);
  });
});
