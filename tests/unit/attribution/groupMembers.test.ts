import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News brings unnamed sources in as a group by their description, then quotes one of them ("one of the people",
// "said one of them", "the second person"): that member is the group's description in the singular, with "a".
describe('one member picked out of a described group', () => {
  it('labels "one of the people" and "one of them" with the group’s description in the singular', () => {
    assert.deepStrictEqual(speakers(
      'Harlow agreed to buy the club, according to two people familiar with the negotiations. The deal needs league approval. ' +
      'One of the people said the checks were “nearly done”.'), ['a person familiar with the negotiations']);
    assert.deepStrictEqual(speakers(
      'According to three senior diplomats involved in the drafting, the text was rewritten overnight, the diplomats said. ' +
      '“It was a fight over one word,” said one of them.'), ['a senior diplomat involved in the drafting']);
  });

  it('reads a member picked inside a sentence of narration, and a second one after a first', () => {
    assert.deepStrictEqual(speakers(
      'Two officials familiar with the plan told reporters the vote was delayed, though one of them said it was “days away”. ' +
      'The minister will decide, the second official said. “It is her call,” that official said.'),
    ['an official familiar with the plan', 'an official familiar with the plan']);
  });

  it('leaves alone a member the phrase describes itself, and a further one no first was picked before', () => {
    assert.deepStrictEqual(speakers('The mill employs 40 people. “We are all worried,” said one of the people who work there.'), ['one of the people who work there']);
    // "the other" presupposes one already picked; a lone one is no member of the crew brought in before.
    assert.deepStrictEqual(speakers('Two engineers inspected the bridge. The other inspector, Ruth Kale, said it was “sound”.'), ['Ruth Kale']);
  });

  it('keeps "another <noun>", which news uses for a source beyond the group', () => {
    assert.deepStrictEqual(speakers('Three shareholders backed the bid. Another shareholder said the price was “derisory”.'), ['another shareholder']);
  });
});
