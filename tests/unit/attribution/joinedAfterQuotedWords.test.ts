import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

// A transcript turn retelling a scene chains quotations: "the warden comes up, shouting, ‘Out!’ And my uncle, who …,
// opens the door and shouts back, ‘…’". The joined speech verb's subject is the next sentence's, not the first
// shouter's.
const speakersOf = (text: string) => analyzeDocument(text, 'plaintext').quotations.map((q) => q.attribution.speaker);

describe('a speech verb joined by "and" after words quoted whole', () => {
  it('has the subject of the sentence after the quotation, not the one before it', () => {
    const text = 'Jory Penwarden came up the lane, shouting, "Out! Everybody out!" Silas Quenby leaned out and said, "Go home, Jory."\n';
    assert.deepStrictEqual(speakersOf(text), ['Jory Penwarden', 'Silas Quenby']);
  });

  it('reads past a relative clause set off by commas between the subject and its verb', () => {
    const text = 'Jory Penwarden came up the lane, shouting, "Out!" My uncle, Silas Quenby, who had had a drink, opened the window and said, "Go home, Jory."\n';
    assert.deepStrictEqual(speakersOf(text), ['Jory Penwarden', 'Silas Quenby']);
  });

  it('reads "shouts back" as a speech verb and its particle, in a transcript turn', () => {
    const text = [
      'Mabli Penwarden was nine when the tide came over the wall.',
      'INTERVIEWER: What do you remember?',
      'PENWARDEN: The warden, Jory Tregear, comes up the lane, shouting, "Out! Everybody out!" And my uncle, Silas Quenby, who\'d had a drink, opens the window and shouts back, "Go home, Jory."',
    ].join('\n\n');
    assert.deepStrictEqual(speakersOf(text).slice(2), ['Jory Tregear', 'Silas Quenby']);
  });
});
