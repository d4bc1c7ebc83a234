import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// An unnamed witness news has described and quoted keeps the he/she of their gender into the next paragraph, over a
// named person of that gender further back, until someone of it is named again.
describe('an unnamed described speaker keeps the he/she after them', () => {
  const opening = [
    'Councillor Jane Obi was handing out blankets at the door. "Nobody will be turned away," she said.',
    'Near the stage a 70-year-old widow sat with her dog. She said two firefighters had carried her out. "I would not leave without him," the widow said.',
    'She has lived on the close for forty years.',
  ];

  it('gives the later "she said" to the widow, not to the councillor named before her', () => {
    const text = [...opening, '"This is the third time," she said.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Jane Obi', 'a 70-year-old widow', 'a 70-year-old widow']);
  });

  it('gives it back to the councillor once she is named again', () => {
    const text = [...opening, 'Obi said a second shelter might open. "If the rain keeps up, we will," she said.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Jane Obi', 'a 70-year-old widow', 'Jane Obi']);
  });

  it('leaves a she read to a relative the sentence before opens on ("Her mother runs the kitchen")', () => {
    const text = [
      'Sarah Jennings, the centre manager, said 40 people had stayed overnight. "We ran out of mattresses," she said.',
      'At the hall, a teenage volunteer was stacking chairs. "We have been here since six," she said.',
      'Her mother runs the kitchen. "It is a family effort," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sarah Jennings', 'a teenage volunteer', 'her mother']);
  });

  it('leaves a "he" to the man it was read to', () => {
    const text = [
      'Station officer Tom Reid said crews had worked all night.',
      'Near the stage a 70-year-old widow sat with her dog. "I would not leave without him," the widow said.',
      '"We got everyone out," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['a 70-year-old widow', 'Tom Reid']);
  });
});
