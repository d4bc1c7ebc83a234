import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "the chamber" (of commerce), a police "force", a hospital "network" and a regulator named an "Executive" are bodies:
// their phrase is the organisation the text named, and a chamber's full name is no person's.
describe('chambers, forces and networks', () => {
  it('reads "the Brenmoor Chamber of Trade called" as the chamber, and "the chamber said" as it too', () => {
    const text = [
      'The shadow minister, Pauline Tavistock, accused the council of "dithering" over the plan.',
      'The Brenmoor Chamber of Trade called the vote "a blow to the high street."',
      '"Shops are closing every month," the chamber said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Pauline Tavistock', 'the Brenmoor Chamber of Trade', 'the Brenmoor Chamber of Trade']);
  });

  it('takes "the force" for the police named before', () => {
    const text = 'Kellbridge Police destroyed the recordings, papers filed in the case show. The recordings were "routinely overwritten", the force says in its defence.';
    assert.deepStrictEqual(speakers(text), ['Kellbridge Police']);
  });

  it('takes "the network" for the organisation the sentence before showed to be one', () => {
    const text = 'Larch Hill Care Partners, which runs two hospitals in the valley, cut 90 jobs last year. ' +
      'The network said its patients were "safe and well looked after".';
    assert.deepStrictEqual(speakers(text), ['Larch Hill Care Partners']);
  });

  it('takes "the regulator" for a body named an Executive', () => {
    const text = 'The case was brought by the Offshore Health and Safety Executive. In its submission, the regulator said the firm had been "reckless".';
    assert.deepStrictEqual(speakers(text), ['the Offshore Health and Safety Executive']);
  });
});

// "The Midlands Health Authority said … “…,” the authority said. ¶ Councillor Mark Hensley, who chairs …": a body's
// definite phrase is the body, never the person the text names next.
describe('bodies before people named next', () => {
  it('keeps "the authority" the authority, not the councillor named after it', () => {
    const text = [
      'The Eastern Water Authority said it had opened two more pumping stations. "Our engineers have worked through the night," the authority said.',
      'Councillor Dan Pryor, who chairs the county’s scrutiny committee, wrote online that the floods were "a warning".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the Eastern Water Authority', 'Dan Pryor']);
  });
});

// "Club captain Rhys Penhale said …": the noun alone, capitalised to open a sentence, is no team's name.
describe('a body noun opening a sentence', () => {
  it('does not take "Club" of "Club captain …" for the club', () => {
    const text = 'Club captain Tom Reece said the squad had "never doubted him". The club said in a statement that it was "delighted".';
    assert.notDeepStrictEqual(speakers(text)[1], 'Club');
  });
});
