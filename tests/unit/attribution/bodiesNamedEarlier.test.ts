import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The company said", "“…,” it said": a body's bare phrase or an "it" is the organisation the article named earlier,
// not the person quoted just before.
describe('bodies named earlier in the article', () => {
  it('takes "the company" of a clause for the firm named sentences before, past a person quoted since and a trust', () => {
    const text = [
      'Tarnwell Water, which serves a million homes, missed its target. Its boss, Ada Reyes, was paid a bonus. Campaigners from the Lune Rivers Trust took samples. ' +
        'Owen Pell, who leads them, was angry. "The river is dying," he said. "You can smell it."',
      'The company said the samples were "not from our pipes."',
      '"We will respond in full," the company said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Owen Pell', 'Owen Pell', 'Tarnwell Water', 'Tarnwell Water']);
  });

  it('takes "it" of a clause for the body or document the sentence before is about', () => {
    const text = 'Marlow Rail, which runs the line, apologised. The firm said it would add trains. "Every delay will be refunded," it said.\n' +
      'The inquiry published its report on Monday. The report found the signals faulty. "The failures were foreseeable," it said.';
    assert.deepStrictEqual(speakers(text), ['Marlow Rail', 'the report']);
  });

  it('takes "the company" for a firm whose name ends as a business\'s, or a one-word firm the text showed to be one, far back', () => {
    const text = [
      'Profits at Harlow Homes Ltd fell by half. The results came out on Monday.',
      'Tenants are angry. Maura Kinsella, who lives in Block C, said the damp was worse. "My daughter has asthma," she said. "Nobody comes."',
      'The company said repairs were "a priority."',
      'Skogfrakt said its drivers would be paid. Ola Brekke, 52, has driven for twenty years. He was calm. "I will wait," he said.',
      '"Every driver will be paid," the firm said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maura Kinsella', 'Maura Kinsella', 'Harlow Homes Ltd', 'Ola Brekke', 'Skogfrakt']);
  });

  it('finds the firm after "of" opening a sentence ("Tenants of Corran Housing, which …")', () => {
    const text = [
      'Tenants of Corran Housing, which owns 4,000 homes, say repairs take months.',
      'Maura Kinsella, a tenant in Block C, said the damp was worse. "My daughter has asthma," she said.',
      'The company said it had hired more staff. "We apologise to every tenant affected," it said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Maura Kinsella', 'Corran Housing']);
  });

  it('leaves "the company" as written when no name before was shown to be a firm', () => {
    const text = 'Peter Sand was angry. "It is a scandal," he said. "We were told nothing," the company said.';
    assert.deepStrictEqual(speakers(text), ['Peter Sand', 'the company']);
  });
});
