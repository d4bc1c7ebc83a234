import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A rank written in full before a name once, then by its initials ("DCI Crowe"), is that title, no given name.
describe('titles by their initials', () => {
  it('reads initials spelling a title written in full as that title, under a byline', () => {
    const text = 'By Tom Reed, Staff Writer\n\nDetective Chief Inspector Nadia Crowe said two men had been held.\n\n' +
      'DCI Crowe said the search was "far from over". "We need the public," she added.';
    assert.deepStrictEqual(speakers(text), ['Nadia Crowe', 'Nadia Crowe']);
  });

  it('reads them so before the title is written out, as a headline does', () => {
    const text = 'PM Quist: "We will not blink"\n\nBy Tom Reed\n\nPrime Minister Ada Quist said on Monday the budget would pass. ' +
      'Its critic, Bram Quist, was scornful.\n\n"The sums are sound," PM Quist said.';
    assert.deepStrictEqual(speakers(text), ['Ada Quist', 'Ada Quist']);
  });

  it('keeps initials no title of the text spells as someone else', () => {
    const text = 'By Tom Reed\n\nDetective Chief Inspector Nadia Crowe said two men had been held.\n\nDS Crowe said it was "a long night".';
    assert.deepStrictEqual(speakers(text), ['DS Crowe']);
  });
});
