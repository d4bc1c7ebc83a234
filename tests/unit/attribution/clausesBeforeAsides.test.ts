import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { speakers } from '../../helpers/attributionText';

const innerSpeakers = (text: string) => analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth === 1).map((q) => q.attribution.speaker);

// What stands between a speech clause and its quotation is no clause of its own: a subordinate clause of another
// moment ("before I went out", "as it went on") or an aside vouching for the words ("and I wrote this down").
describe('a speech clause before its quotation', () => {
  it('is the main clause, not a subordinate clause of another moment set after it', () => {
    const text = '"Nell Varga told me before I went out, \'Keep your head down,\' and I did," Ada Brisk said.\n';
    assert.deepStrictEqual(innerSpeakers(text), ['Nell Varga']);
  });

  it('is the main clause past an "as" clause of the voice going on', () => {
    const text = 'There was a long silence in the barn. Then Tom Awdry said, in a voice that shook as it went on, "I never took it."\n';
    assert.deepStrictEqual(speakers(text), ['Tom Awdry']);
  });

  it('is the clause of the same speech told again after "exactly as"', () => {
    const text = 'Mr. Pell sat down to dinner with his daughter Ruth. Ruth smiled and chatted as brightly as she could, to keep him cheerful; but when the pudding came, it was impossible for him not to say exactly as he had said at lunch, "What a pity it is!"\n';
    assert.deepStrictEqual(speakers(text), ['Mr. Pell']);
  });

  it('is the clause before an aside in which the one quoting vouches for the words', () => {
    const text = [
      'Inspector Mara Quist said she had interviewed the caretaker, Abel Dorn, on Tuesday.',
      '"He said, and I wrote this down, \'The gate was open at ten,\' which nobody else saw," Quist said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(innerSpeakers(text), ['Abel Dorn']);
  });
});
