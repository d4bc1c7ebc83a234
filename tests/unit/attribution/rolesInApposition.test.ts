import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A role the text gives someone in apposition names them later: after their age ("Ben Hale, 41, the coxswain"), with
// an owner before it that is no role of theirs ("the school's oldest former pupil"), or by a verb in the present right
// after the name ("sings"); a modified role ("the former coxswain") is not the plain one. A description in apposition
// to a name keeps the name the subject past a clause.
describe('roles in apposition', () => {
  it('gives the role after an age, so "the coxswain" is the one named so, not the brother quoted since', () => {
    const text = [
      '"We were lucky," said Ben Hale, 41, the coxswain. His brother, Sam Hale, 36, went into the water. "Every wave lifted the hull," he said.',
      '"He is being modest," the coxswain said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ben Hale', 'Sam Hale', 'Ben Hale']);
  });

  it('does not take "the former coxswain" for the coxswain, so the he after it stays with the former one', () => {
    const text = [
      '"We were lucky," said Ben Hale, 41, the coxswain.',
      'Their father, Tom Hale, 68, was coxswain for twenty years before Ben. "It is worse from the shore," the former coxswain said. "I told them to come back," he added.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ben Hale', 'Tom Hale', 'Tom Hale']);
  });

  it('gives a student\'s year as a role: "the sophomore" is the one named so, not the officer quoted since', () => {
    const text = 'Priya Shah, a 19-year-old sophomore from Ridgeway, said she was pushed. A police officer, Dan Cole, said the order came late. ' +
      '"It was dark," he said. "I was walking back from the library," the sophomore said.';
    assert.deepStrictEqual(speakers(text), ['Dan Cole', 'Priya Shah']);
  });

  it('makes no role of an owner in the appositive: "the school" is not the former pupil', () => {
    const text = [
      'Walter Greaves, 98, the school\'s oldest former pupil, started there in 1933. "We had lessons in a cowshed," he said.',
      'The school posted a photograph of the day on its account, with the caption: "A hundred years."',
    ].join('\n');
    // The caption is the school's, which posted it.
    assert.deepStrictEqual(speakers(text), ['Walter Greaves', 'the school']);
  });

  it('takes "the former treasurer" for the one the text gave that office before her name, not the founder named since', () => {
    const text = [
      'The trust\'s former treasurer, Evelyn Shaw, resigned in 2021. Her letter warned the board about the payments.',
      'Shaw said she had raised them at three meetings. The minutes record Marcus Dale replying that the question was unhelpful.',
      '"I was made to feel like a troublemaker," the former treasurer said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Evelyn Shaw']);
  });

  it('gives the role a verb in the present says right after the name ("Nell Foy, 31, sings"): "the singer" is her', () => {
    const text = [
      'Nell Foy, 31, sings and plays fiddle. Her brother, Rory Foy, plays guitar. "We started in our nan\'s kitchen," Rory Foy said.',
      'Their manager, Ollie Grant, said the tour would break even "as long as nobody leaves another fiddle on a train."',
      '"It was one time," the singer said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Rory Foy', 'Ollie Grant', 'Nell Foy']);
  });

  it('credits the name a description with a relative clause stands in apposition to', () => {
    const text = 'A spokesman for the firm said: "She was remarkable." The Rev Alison Trent, the vicar of St Michael\'s, who will take the funeral, said the village had lost "its memory".';
    assert.deepStrictEqual(speakers(text), ['a spokesman for the firm', 'Alison Trent']);
  });
});
