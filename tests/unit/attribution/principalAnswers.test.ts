import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A profile lets its subject answer the voice before: a role phrase the text never gave anyone, cueing a paragraph of
// its own right after someone's quotation and its clause, is the one the profile is about, not that voice; after
// narration reporting someone's speech it stays theirs, as news goes on.
describe('a fresh role answering a quotation in a profile', () => {
  it('is the principal person, not the one named after the quotation before', () => {
    const text = [
      'Maud Ferris has taught piano in Hallow for sixty years.',
      'Ferris learned from her uncle. Ferris still plays at the chapel every Sunday.',
      'Among the pupils she trained is Ben Tole, 40.',
      '"She made me play scales until my hands hurt," Tole said. "I think she enjoyed it."',
      '"I did enjoy it," the teacher said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Ben Tole', 'Ben Tole', 'Maud Ferris']);
  });

  it('stays with the one whose speech the narration just reported', () => {
    const text = [
      'Maud Ferris has taught piano in Hallow for sixty years.',
      'Ferris learned from her uncle. Ferris still plays at the chapel every Sunday.',
      'Ben Tole has trained with her since 2001. He said the chapel was "colder than a fridge."',
      '"She never wears a coat," the teacher said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Ben Tole', 'Ben Tole']);
  });
});
