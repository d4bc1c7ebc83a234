import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// "“My grandmother used to say, ‘…’”": inside a quotation "my" is its speaker's, so the words it reproduces are the
// speaker's relative's: the one the text made that relative, else named as the speaker's.
describe('a relative a quotation’s speaker calls "my …" cueing a quotation inside it', () => {
  const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);

  it('is the relative the text named', () => {
    const text = 'Orla Brennan runs the bakery her father, Declan Brennan, opened in 1971. "My father always said, \'Bake for the town,\'" Brennan said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Orla Brennan'], [1, 'Declan Brennan']]);
  });

  it('is the speaker’s relative when the text names no one so', () => {
    const text = 'Orla Brennan opened the shutters. "My grandmother used to say, \'Flour forgives,\'" Brennan said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Orla Brennan'], [1, "Orla Brennan's grandmother"]]);
  });

  it('is the relative whatever words open the clause ("This time my grandmother")', () => {
    const text = 'Orla Brennan opened the shutters. "This time my grandmother came down and said, \'Flour forgives,\'" Brennan said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Orla Brennan'], [1, "Orla Brennan's grandmother"]]);
  });

  it('is the relative a later she refers to', () => {
    const text = 'Orla Brennan opened the shutters. "My aunt came down at dawn. She looked at the ovens and said, \'Start again,\'" Brennan said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Orla Brennan'], [1, "Orla Brennan's aunt"]]);
  });

  it('is named as the narration calls the speaker: "her manager" after "she says", from the part before the clause', () => {
    const text = 'Priya Raghavan, a school cook, lost her job in March.\n\n"My manager was kind about it," she says. "He said the budget had gone. Then he said, \'You can reapply in the autumn.\'"\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Priya Raghavan'], [0, 'Priya Raghavan'], [1, 'her manager']]);
  });

  it('is the name’s relative when the clause calls the speaker by name', () => {
    const text = 'Priya Raghavan, a school cook, lost her job in March.\n\n"My manager was kind about it," Raghavan says. "He said the budget had gone. Then he said, \'You can reapply in the autumn.\'"\n';
    assert.strictEqual(speakersOf(text)[2][1], "Priya Raghavan's manager");
  });

  it('turns a child’s "dad" and "mum" into the narration’s father and mother', () => {
    const dad = 'Owen Marsh, a 38-year-old welder, grew up above the club.\n\n"My dad never missed a match. He told me, \'Keep your head up.\' I still hear it," he said.\n';
    assert.deepStrictEqual(speakersOf(dad), [[0, 'Owen Marsh'], [1, 'his father']]);
    assert.deepStrictEqual(speakersOf(dad.replace('My dad', 'My mum').replace('He told', 'She told')), [[0, 'Owen Marsh'], [1, 'his mother']]);
  });

  it('names a "my dad" clause the name’s father, never its "dad"', () => {
    const text = 'Owen Marsh, 58, has worked at the mill for 31 years. "My dad used to tell me, \'This place will outlast us.\' He was wrong," Marsh said.\n';
    assert.deepStrictEqual(speakersOf(text), [[0, 'Owen Marsh'], [1, "Owen Marsh's father"]]);
  });

  it('is someone else than the speaker when the noun is no relative', () => {
    const text = 'A retired baker, 70, sat in the hall. "My neighbour knocked and said, \'Get out now,\'" she said.\n';
    assert.strictEqual(speakersOf(text)[1][1], 'the neighbour');
  });
});
