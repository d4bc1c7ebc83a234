import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "One of the nurses, who asked not to be named, said …": the speaker is one unnamed member of the group, not the
// group, and "the nurse" after is that member again; a different noun after is someone else.
describe('one picked from a group as the speaker', () => {
  it('credits the member, then "the nurse", not the group nor the woman named before', () => {
    const text = [
      'Dr Amira Shah said the ward was safe.',
      'One of the nurses, who asked not to be named, said colleagues were "running on empty." "We cover three beds each," the nurse said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['one of the nurses', 'one of the nurses']);
  });

  it('reads a possessive before the group', () => {
    const text = 'One of Mr Hale\'s neighbours, who has lived on the street for years, said the noise was "constant."';
    assert.deepStrictEqual(speakers(text), ["one of Mr Hale's neighbours"]);
  });

  it('does not give the member to a phrase with another noun', () => {
    const text = [
      'Dr Amira Shah said the ward was safe.',
      'One of the nurses, who asked not to be named, said colleagues were "running on empty." "We cover three beds each," the manager said.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'one of the nurses');
  });
});
