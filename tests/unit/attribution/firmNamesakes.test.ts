import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A firm bearing its founder's family name: a lone name written as a person's (an age in apposition, a he/she after
// its speech verb) is the person of that surname, not the firm the table last called so; and "a Hollins spokesman"
// speaks for the firm, never a person named after.
describe('firms named like people', () => {
  const text = [
    'Hollins Brewery cuts jobs',
    'Hollins Brewery, a family-owned brewer, said on Monday it would shut its bottling line. Hollins said sales had fallen. ' +
      '"The market has changed," a Hollins spokesman said.',
    'Among the shareholders is Edith Hollins, the founder\'s niece. Hollins, 68, said she supported the plan "with regret." ' +
      '"It is the right call," the 68-year-old said.',
  ].join('\n');

  it('takes the lone name with an age for the person of that surname, and the age after it too', () => {
    const got = speakers(text);
    assert.strictEqual(got[1], 'Edith Hollins');
    assert.strictEqual(got[2], 'Edith Hollins');
  });

  it('leaves the firm\'s spokesman a description, not the person named after', () => {
    assert.strictEqual(speakers(text)[0], 'a Hollins spokesman');
  });

  it('takes a lone name followed by "said she" for the person', () => {
    const said = 'Corbett Homes warns on profits\nCorbett said demand was weak. Janet Corbett, a director, sold shares. ' +
      'Corbett said she was "disappointed" by the fall.';
    assert.strictEqual(speakers(said)[0], 'Janet Corbett');
  });
});

describe('descriptions by a body\'s name', () => {
  it('keeps "a Kestrel engineer" a description, not the newcomer a speech clause names soon after', () => {
    const text = [
      'Kestrel Chat leak exposed users\' logs. Its chief executive, Dan Fenwick, 41, apologised on Tuesday.',
      'A Kestrel engineer, who spoke on condition of anonymity because staff had been told not to talk to the press, said colleagues had ' +
        'warned managers about "skipping the tests" before the update. "Everyone was in a hurry," the engineer said.',
      'Asked about the claim, Dan Fenwick said he was "not aware of any such warnings" and had ordered a review. "If people were ignored, I want to know," the 41-year-old said.',
      'Campaigners said the case showed the limits of self-regulation. "Firms keep telling us our logs are safe," said Nadia Brooks, director of the group Open Logs.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text).slice(0, 2), ['a Kestrel engineer', 'a Kestrel engineer']);
  });
});

describe('short names of bodies', () => {
  it('takes a lone word opening a body\'s name elsewhere for the body, so no he goes to it', () => {
    const text = 'At 91, Walter Greaves has written a memoir, published this month by Quillon Press. ' +
      'Quillon has printed, as an appendix, letters he wrote to his wife from the front. In one, he wrote: "The rain has not stopped for a week."';
    assert.deepStrictEqual(speakers(text), ['Walter Greaves']);
  });
});
