import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A report shows an unnamed passer-by ("a shopper walking to the depot stopped to shake hands") and quotes them next
// by the noun alone ("the shopper said"): the one quoted is the one the report described. A story's narration calls
// such a stranger by the tag, and leaves a reply or two without one.
const REPORT = [
  'Market traders in Carrow walked out on Tuesday over a rise in stall rents.',
  '"We cannot pay this and stay open," said Ilse Worrall, who sells cheese. "Nobody here can."',
  'The council said the rise had been agreed last spring. "The rents had not moved in nine years," a spokesman said.',
  'Outside the hall, the mood was cheerful. Traders handed out leaflets from a trestle table, and a shopper walking to the depot stopped to shake hands along the line.',
  '"My sister had a stall here for twenty years," the shopper said. "Good luck to them."',
  'Worrall said the traders would meet again on Friday. "We are not finished," she said.',
];

describe('an unnamed person a report showed, then quoted by the noun', () => {
  it('is the description that brought them in, on both quotations of the tag', () => {
    assert.deepStrictEqual(speakers(REPORT.join('\n\n')), ['Ilse Worrall', 'Ilse Worrall', 'a spokesman', 'a shopper', 'a shopper', 'Ilse Worrall']);
  });

  it('stays the tag when a paragraph of quotation goes uncued, as a story leaves one', () => {
    const story = [...REPORT.slice(0, 5), '"Is that so?"', REPORT[5]];
    assert.deepStrictEqual(speakers(story.join('\n\n')).slice(3, 5), ['the shopper', 'the shopper']);
  });

  it('stays the tag when the text cues too few turns to read as a report', () => {
    const brief = [REPORT[0], REPORT[1], REPORT[3], REPORT[4]];
    assert.deepStrictEqual(speakers(brief.join('\n\n')).slice(2), ['the shopper', 'the shopper']);
  });
});
