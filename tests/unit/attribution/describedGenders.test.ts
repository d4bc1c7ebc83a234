import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The rider came down from the ridge, leading his mare": a description whose noun has no sex has the one the
// narration's pronouns give it, so a conversation does not reread "the rider said" as the woman it is talking to.
describe('descriptions the narration gives a sex', () => {
  const text = [
    'The rider came down from the ridge at dusk, leading his mare. Martha Greave watched him from the porch.',
    '“Supper is done,” said Martha.',
    'Her son came out onto the step. Tom Greave was ten. “That’s a cavalry saddle.”',
    '“It was,” the rider said. “Long ago.”',
    '“Did you fight?”',
    '“Some.”',
  ].join('\n\n');

  it('keeps a man described so as the speaker of his turns, not a named woman', () => {
    assert.deepStrictEqual(speakers(text).slice(1), ['Tom Greave', 'the rider', 'the rider', 'Tom Greave', 'the rider']);
  });

  it('takes no sex from the object of the description\'s own verb ("tells her")', () => {
    const told = [
      'Ada Marsh drives the ambulance, and she drives the way she talks.',
      'Her crewmate tonight is Sam Okafor, 26, an emergency medical technician eight months into the job. He checks the map. “Third floor,” he says.',
      'Marsh watches him work. “He’s good,” she says.',
      'Okafor, told this, looks pleased. “She’s never said that to me,” he says.',
      '“And I never will,” Marsh says.',
      'The last call is an elderly woman who has fallen in her kitchen. She apologises, three times, while they lift her.',
      '“You’re no trouble at all,” the technician tells her. “Trouble is what we get paid for.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(told).slice(4), ['Sam Okafor', 'Sam Okafor']);
  });
});
