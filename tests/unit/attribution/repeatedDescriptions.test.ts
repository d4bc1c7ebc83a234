import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” broke in a thin, elderly gentleman." … "“…,” said the thin gentleman.": a definite phrase calling again part
// of the description that brought a stranger in is that stranger, not the man the narration last named.
describe('descriptions called again', () => {
  it('reads "the thin gentleman" as the thin, elderly gentleman who spoke before', () => {
    const text = [
      'Tom Hale sat at the table with his aunt, and said nothing for a while.',
      '',
      '"Surely she could learn Latin," broke in a thin, elderly gentleman.',
      '',
      '"She has no time for it," said Tom.',
      '',
      '"There is the college," said the thin gentleman.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a thin, elderly gentleman', 'Tom Hale', 'a thin, elderly gentleman']);
  });

  it('reads "the young man" answering the named man as the young officer who spoke to him', () => {
    const text = [
      'Temple was kind to the poor, and gave away what he had.',
      '',
      '"You are a generous fellow," said a young officer to him one day.',
      '',
      '"You cannot please me more," said Temple.',
      '',
      '"Come along then," said the young man.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a young officer', 'Temple', 'a young officer']);
  });
});
