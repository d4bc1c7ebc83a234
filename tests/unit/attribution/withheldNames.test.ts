import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A nurse, who spoke on condition of anonymity, said …": the text says it will not name this source, so the next
// newcomer named in a speech clause is someone else, not the nurse at last named.
describe('sources the text says it will not name', () => {
  const text = (aside: string) => [
    '"We are short of beds," said Dr Paul Ames, the hospital\'s medical director.',
    `A nurse on the ward${aside} said staff had been "begging for help" since the summer. "Nobody listens to us," the nurse said.`,
    'Ames said he had not been told. "I would have acted at once," he said.',
    'Campaigners said the case showed the limits of oversight. "This is the proof," said Karen Ollis, director of Patients First.',
  ].join('\n\n');

  it('keeps the description of one who spoke on condition of anonymity', () => {
    assert.deepStrictEqual(speakers(text(', who spoke on condition of anonymity because staff were told not to talk to the press,')).slice(1, 3), ['a nurse on the ward', 'a nurse on the ward']);
  });

  it('keeps the description of one who asked not to be named', () => {
    assert.deepStrictEqual(speakers(text(', who asked not to be named,')).slice(1, 3), ['a nurse on the ward', 'a nurse on the ward']);
  });
});
