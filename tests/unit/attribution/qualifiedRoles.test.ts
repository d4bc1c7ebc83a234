import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// A capitalised word qualifying a role in a speech clause ("the Harlow boss", "the Swiss-born chemist") is no name:
// the clause is the role phrase, read like any other.
describe('role phrases qualified by a capitalised word', () => {
  it('reads "the Harlow boss said" as a role phrase, the manager named with that word', () => {
    const text = 'Harlow manager Dan Pryce watched the replay twice. "It was a foul," the Harlow boss said afterwards.';
    const [a] = attributions(text);
    assert.strictEqual(a.speaker, 'Dan Pryce');
    assert.strictEqual(a.mention?.text, 'the Harlow boss');
    assert.strictEqual(a.cue, 'said');
  });

  it('reads "the Swiss-born chemist said" as the one just named, and their next quotation as theirs too', () => {
    const text = 'Anna Keller, a chemist at the institute, said the results were clear. "We tested it forty times," the Swiss-born chemist said. "It never failed."';
    assert.deepStrictEqual(speakers(text), ['Anna Keller', 'Anna Keller']);
    assert.strictEqual(attributions(text)[0].mention?.text, 'the Swiss-born chemist');
  });

  it('does not take the holder of another office qualified by the same word ("Athletic manager" for "the Athletic captain")', () => {
    const text = [
      'Athletic manager Rosa Lind was furious at the final whistle.',
      'Her captain, Ben Okafor, was calmer. "We were lucky," the Athletic captain admitted.',
    ].join('\n\n');
    const [a] = attributions(text);
    assert.strictEqual(a.mention?.text, 'the Athletic captain');
    assert.notStrictEqual(a.speaker, 'Rosa Lind');
  });

  it('takes no one named near a capitalised word of a body\'s name for the body', () => {
    const text = [
      'Housing Minister Rebecca Thorne opened the debate. The shadow housing secretary, Ian Moss, replied.',
      'The Federation of Housing Associations said in a statement that it "broadly welcomes" the bill.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[0], 'Rebecca Thorne');
  });
});
