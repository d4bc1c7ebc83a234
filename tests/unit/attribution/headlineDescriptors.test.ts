import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A headline's "Hurdler Ashby": the noun before the surname is what the body's Ashby is, no given name.
describe('headlineDescriptors: a headline’s noun and surname are the body’s person of that surname', () => {
  const story = (headline: string) => [
    `${headline} says soup was “the only explanation”`,
    '',
    'By TOM REED',
    '',
    'GENEVA (CP) — Kerrine Mallory wept as she told a tribunal that a soup was the only way she could account for the trace.',
    '',
    '“Where did you eat?” Grant asked.',
    '',
    '“It was a gas station,” Mallory replied.',
    '',
    'Donna Mallory, who flew in for the hearing, sat in the front row. “They picked the wrong family,” she said.',
  ].join('\n');

  it('gives the headline and the lone surname to the body’s named person', () => {
    assert.deepStrictEqual(speakers(story('Sprinter Mallory')), ['Kerrine Mallory', 'Grant', 'Kerrine Mallory', 'Donna Mallory']);
  });

  it('keeps a headline’s first word the body writes as a name', () => {
    assert.deepStrictEqual(speakers(story('Kerrine Mallory')), ['Kerrine Mallory', 'Grant', 'Kerrine Mallory', 'Donna Mallory']);
  });
});
