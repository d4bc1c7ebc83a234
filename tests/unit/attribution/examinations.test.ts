import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A court report sets up an examination in one sentence ("Under cross-examination by X, she agreed …") and quotes it
// as bare alternating paragraphs: the questions are the questioner's, the answers the witness's, whoever spoke last.
describe('an examination quoted as bare paragraphs', () => {
  const before = [
    'Defending, Marcus Tate said his client had panicked. "He is not a thief," Mr Tate said.',
    'A shop assistant, Lena Ward, 31, told the court she saw the defendant take the till drawer.',
  ];

  it('gives the questions to the named questioner and the answers to the witness', () => {
    const text = [...before,
      'Under questioning from Mr Tate, she accepted that the lights had been off.',
      '"So how could you see his face?"',
      '"The street lamp was on outside."',
      '"Through a window covered in posters?"',
      '"Most of it was clear."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Marcus Tate', 'Marcus Tate', 'Lena Ward', 'Marcus Tate', 'Lena Ward']);
  });

  it('reads a questioner named in apposition, and one the text called by their side', () => {
    const text = [
      'Prosecuting, Helen Dray said the theft was planned. "This was no panic," she told the jury.',
      'The defendant, Carl Moss, 40, said he had found the drawer open. Under cross-examination by the prosecutor, he agreed that he had worn gloves.',
      '"In July?"',
      '"My hands were cold."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Helen Dray', 'Helen Dray', 'Carl Moss']);
    const apposed = [
      'Karl Bright, the site manager, gave evidence on Monday. Under questioning from the family\'s solicitor, Ruth Amis, he accepted that the gate had been "left open for days".',
      '"Did anyone check it?"',
      '"Not that week."',
    ].join('\n');
    assert.deepStrictEqual(speakers(apposed), ['Karl Bright', 'Ruth Amis', 'Karl Bright']);
  });

  it('stops at the first paragraph with narration of its own', () => {
    const text = [...before,
      'Under questioning from Mr Tate, she accepted that the lights had been off.',
      '"So how could you see his face?"',
      '"The street lamp was on outside."',
      'The jury was shown a photograph of the shop front.',
      '"It was a terrible night," said a neighbour, Ann Price.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(-1), ['Ann Price']);
  });
});
