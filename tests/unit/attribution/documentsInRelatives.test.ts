import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document the quotation's verb belongs to speaks, however the sentence brings it in: by a relative "that" or
// "which", after its owner's name, or in a clause the people-only reading gave a name with no verb of its own.
describe('documents in relatives and after owners', () => {
  it('credits the document a relative "that" right before the verb describes, past a short phrase after its noun', () => {
    const text = [
      'Marta Olsen ran the kiosk for years. Her photograph hangs above a hand-painted sign that reads "Cash only, please."',
      'Two days before the fire, Rudd sent a text message to his brother that read: "It will all be over by Friday."',
      'The panel quoted a 2021 Halvard planning paper that described the river as "a cost, not an asset."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the hand-painted sign', 'the text message', 'the 2021 Halvard planning paper']);
  });

  it('leaves a relative on a name or a body to the rules before', () => {
    const text = 'The note came from the Harbour Trust that said the pier was "unsafe to use."';
    assert.notDeepStrictEqual(speakers(text), ['the note']);
  });

  it('credits a document after its owner\'s name right before the verb ("what Norland Freight\'s invoices called")', () => {
    const text = 'The trust paid £90,000 for what Norland Freight’s invoices called "strategic support."';
    assert.deepStrictEqual(speakers(text), ['Norland Freight’s invoices']);
  });

  it('credits the owned accounts or log a definite phrase names right before the verb', () => {
    const text = [
      'The audit lists trips to Oslo that the charity’s accounts described as "donor care."',
      'The company’s own maintenance log, shown to the jury, records "brakes adjusted" on the day of the crash.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the charity’s accounts', 'the company’s own maintenance log']);
  });

  it('credits the document "according to" names, though its writer is named in its phrase or a participle follows it', () => {
    const text = [
      'According to a memo Okoro sent to heads of year on Monday, pupils must leave their phones "at the office by nine."',
      'According to a memo sent to staff, the canteen will close "until further notice."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the memo', 'the memo']);
  });

  it('credits a document whose name a clause took for the speaker ("An Estyn report … noting that")', () => {
    const text = 'An Estyn report in 2022 rated the college good, noting that students were "keen, kind and well taught."';
    assert.deepStrictEqual(speakers(text), ['the Estyn report']);
  });
});
