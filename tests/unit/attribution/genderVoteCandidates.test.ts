import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she shows the sex of the one person it can refer to: not of one whose title, role noun or given name shows the
// other sex, and not of the one person of the sentence before when someone of its own sex was named just before that.
describe('gender votes among the people a pronoun can refer to', () => {
  it('counts "his player … he spoke" for the coach beside a player whose given name shows she is a woman', () => {
    const text = [
      'Helen Quist practised for barely 20 minutes, according to her coach, Jorrit Vane. Vane, who has worked with her since she was 19, was more direct than his player when he spoke to reporters.',
      '"She has another year in her," Vane said.',
      'He said the first thing she said to him after the match was, "Book the flights home."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jorrit Vane', 'Helen Quist']);
  });

  it('leaves the coach unsexed when no pronoun of the other sex shows him', () => {
    const text = [
      'Helen Quist practised for barely 20 minutes, according to her coach, Jorrit Vane. Vane, who has worked with her since she was 19, spoke to reporters.',
      '"She has another year in her," Vane said.',
      'He said the first thing she said to him after the match was, "Book the flights home."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Jorrit Vane', 'Jorrit Vane']);
  });

  it('does not count a she for the one named just before when a woman was named the sentence before that', () => {
    const text = [
      'Tamsin Orr opened the hearing at ten. Ridley took notes. She spoke for an hour about the budget.',
      'Ridley closed the notebook. Orr went on. "That is enough," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ridley']);
  });
});
