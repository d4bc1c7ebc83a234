import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” said a young officer. … The officer, whose name was Blakeney, knocked": the narration names afterwards the
// stranger a description brought in, and the description's turns are theirs.
describe('descriptions named afterwards', () => {
  it('gives the turns of "a young officer" to the officer the narration then names', () => {
    const text = [
      'Temple was kind to the poor, and gave away what he had.',
      '',
      '"You are a generous fellow," said a young officer to him one day.',
      '',
      '"You cannot please me more," said Temple.',
      '',
      'They walked to the inn together. The officer, whose name was Blakeney, knocked at the door.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Blakeney', 'Temple']);
  });

  it('leaves a description of another noun to itself', () => {
    const text = [
      '"You are a generous fellow," said a young clerk to Temple one day.',
      '',
      'The officer, whose name was Blakeney, knocked at the door.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a young clerk']);
  });

  it('gives the turns of "the kid" to the name a dash sets after the noun opening a later sentence', () => {
    const text = [
      'Marta Kell had flown the mail run for twenty years.',
      '“Whoa,” said the kid. “Look at that.”',
      '“It’s only a storm.”',
      'The kid—Danny Roe, nineteen, on his first run—said nothing more, and she let him.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(0, 2), ['Danny Roe', 'Danny Roe']);
  });

  it('gives the turns of a description to the name the narration then says was hers', () => {
    const text = [
      'Mr. Hale was reading when the bell rang.',
      'The lady who came in was perhaps forty, and wore grey. She looked about the room.',
      '“Is this the office of Mr. Hale?”',
      '“It is. Pray sit down.”',
      'Our visitor sat, and told us that her name was Ann Rooke, of Dunmere.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ann Rooke', 'Mr. Hale']);
  });
});
