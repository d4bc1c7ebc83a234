import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// In the old style a married woman is named by her husband's full name after "Mrs": "Mrs Howard Pemberton" is his wife,
// so the she who speaks is not Howard Pemberton, and he, named alone, is someone else.
describe('a wife named by her husband\'s full name', () => {
  it('is not the husband when his given name is a man\'s', () => {
    const text = [
      'The letter was from my aunt, Mrs Howard Pemberton to the parish, and it was short. I went down on the Friday.',
      'Howard Pemberton himself was in the garden. My aunt met me in the hall.',
      '"You are late," she said.',
      '"The train was late," I said.',
      '"Then take an earlier one," Howard Pemberton called from the lawn.',
    ].join('\n\n') + '\n';
    const said = speakers(text);
    assert.notStrictEqual(said[0], 'Howard Pemberton');
    assert.strictEqual(said[2], 'Howard Pemberton');
  });

  it('is not the husband when the text shows the given name to be a man\'s ("himself")', () => {
    const text = [
      'The letter was from my Aunt Margery, Mrs Eustace Pemberton to the parish, Margery Pemberton to her friends. I went down on the Friday.',
      'Eustace Pemberton himself was in the garden. My aunt met me in the hall.',
      '"You are late," she said.',
      '"The train was late," I said.',
      '"Then take an earlier one," she said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Margery Pemberton', 'I', 'Margery Pemberton']);
  });

  it('keeps a woman\'s own given name after "Mrs" as hers', () => {
    const text = [
      'Mrs Karen Dobson opened the door of the bakery at six.',
      '"We never close," Karen Dobson said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Karen Dobson']);
  });
});
