import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "According to minutes of the meeting, the two dissenting members argued that … “…”": a group no one names speaks
// no phrase in unison; the words are the record's, the document the sentence gives as its source.
describe('an unnamed group whose view a document cited by "according to" records', () => {
  it('credits the words to the document', () => {
    const text = 'According to minutes of the meeting published on Thursday, the three dissenting governors argued that the rise "came too late to matter."';
    assert.deepStrictEqual(speakers(text), ['the minutes']);
  });

  it('keeps the document’s owner', () => {
    const text = 'According to the trust’s board papers, several directors warned that the merger was "a leap in the dark."';
    assert.deepStrictEqual(speakers(text), ['the trust’s board papers']);
  });

  it('leaves one named person, or a source that is no document, to speak for themselves', () => {
    const text = [
      'According to the minutes, Hilde Marsh argued that the plan was "unworkable."',
      'According to Marsh, several directors called the bid "reckless."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Hilde Marsh', 'Hilde Marsh']);
  });
});
