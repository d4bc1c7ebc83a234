import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A court's ruling or judgment is the words of the judge the text says gave it, unless the text describes the
// judgment itself, which then speaks as itself.
describe('judgments credited to the judge who gave them', () => {
  it('credits "The ruling states" and a later "the judgment said" to the judge who gave the ruling', () => {
    const text = [
      'In a ruling handed down on Friday, Judge Helen Marsh, sitting with two other judges, dismissed the appeal.',
      'The defence had argued that the trial was unfair. The appeal court disagreed.',
      'The ruling states: "The jury heard every point the appellant now makes."',
      'The court also rejected a second ground of appeal.',
      '"The directions were clear," the judgment said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Helen Marsh', 'Helen Marsh']);
  });

  it('keeps a judgment the text describes as itself, and one no judge is said to give', () => {
    const described = 'Giving the judgment of the court, Lady Justice Farrant quashed the conviction.\n\n' +
      'The written judgment, running to 50 pages, is sharply critical of the police.\n\n"The evidence was never tested," the judgment said.';
    const ungiven = 'Councillor Ann Roe, of the ruling group, voted against. The tribunal found for the claimant.\n\n' +
      '"The dismissal was unfair," the ruling said.';
    assert.deepStrictEqual([...speakers(described), ...speakers(ungiven)], ['the judgment', 'the ruling']);
  });
});
