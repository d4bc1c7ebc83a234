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

  it('is the outer speaker for "I was going to say", past a form of "be" carrying "going to"', () => {
    assert.deepStrictEqual(inner('Nell Varga lost the final. "I was going to say, \'Well played.\' I never got the chance," she said.\n'), ['Nell Varga']);
  });

  it('is never the outer speaker for a passive "I was told", whose subject heard the words', () => {
    assert.deepStrictEqual(inner('Nell Varga lost the final. "I was told, \'You will never play again.\' I did," she said.\n'), [null]);
  });

  it('is the subject of a progressive ("people are asking") and of a quotative "like" ("My brother was like")', () => {
    assert.deepStrictEqual(inner('Nell Varga runs the shelter. "In the villages, people are asking, \'Where is the money?\' Nobody answers," she said.\n'), ['people']);
    assert.deepStrictEqual(inner('Nell Varga lost the final. "My brother was like, \'No way.\' I did it anyway," she said.\n'), ["Nell Varga's brother"]);
  });

  it('is the outer speaker for "I … like," framing their own thought', () => {
    assert.deepStrictEqual(inner('Nell Varga lost the final. "I was standing at the net like, \'Is this real?\' It was," she said.\n'), ['Nell Varga']);
  });

  it('is the man the words named for "he\'s told Tom", not a known man of the same surname', () => {
    const text = 'Nell Varga coaches Tom Varga. "His uncle, Mark Varga, loves this club, but he\u2019s told Tom, \'Go and win things.\' Tom listens," she said.\n';
    assert.deepStrictEqual(inner(text), ['Mark Varga']);
  });
});
