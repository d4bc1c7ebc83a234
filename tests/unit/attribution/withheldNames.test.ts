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

// A conversation may find that a description's turns are a newcomer's it names in a clause soon after ("asked a
// gentleman" … "said Mr. Greyson"); but news that says it will not name someone ("who spoke on condition of
// anonymity") never names them later.
describe('a description the text says it will not name', () => {
  it('keeps its words when a newcomer is named in a clause two turns later', () => {
    const text = [
      'Chief executive Omar Hale, 41, apologised. "We got this badly wrong," Hale said.',
      'A Larkfield engineer, who spoke on condition of anonymity, said colleagues had warned managers about "cutting corners on testing" before the update. "Everyone was pushing to ship," the engineer said.',
      'Asked about the claim, Hale said he was "not aware of any such warnings". "If people were ignored, I want to know," the 41-year-old said.',
      '"Apologies are cheap. Here is the proof that they are," said Ruth Amis, director of the campaign group Data Watch.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Omar Hale', 'a Larkfield engineer', 'a Larkfield engineer', 'Omar Hale', 'Omar Hale', 'Ruth Amis']);
  });
});
