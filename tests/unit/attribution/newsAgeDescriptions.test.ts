import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News calls the one it has just written about by a fresh description of their age: "the 27-year-old Scot", "the
// teenager". Their name may stand only as an owner ("Jordan’s account"), or as a he after a phrase of time or place.
describe('news descriptions by age', () => {
  it('takes "the teenager" for the one whose account the sentence before opens on', () => {
    const text = [
      'Jordan Pike was arrested outside a takeaway in January. The arresting officer, PC Steven Cole, denies hitting him.',
      '“At no point did I strike him,” the officer says.',
      'Jordan’s account is different. “He put my face into the ground,” the teenager told the Echo.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['PC Steven Cole', 'Jordan Pike']);
  });

  it('takes "the 27-year-old Scot" for the he of the sentence before, after its opening phrase of time and place', () => {
    const text = [
      'Hamish Dunn had never finished higher than 14th in a major. On Sunday at Carrowmore Links he closed with a 68 and won by a stroke from Kenji Mori.',
      '“I’ve dreamed about that putt since I was six,” the 27-year-old Scot said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Hamish Dunn']);
  });

  it('does not take a he opening a clause after "when" for the sentence’s subject', () => {
    const text = [
      'Hamish Dunn led by two. When he bogeyed the 17th, Kenji Mori closed the gap.',
      '“I felt it slipping,” the 27-year-old said.',
    ].join('\n');
    assert.notStrictEqual(speakers(text)[0], 'Hamish Dunn');
  });
});
