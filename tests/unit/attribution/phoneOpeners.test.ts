import * as assert from 'node:assert';
import { heardOnTheLine, openerName } from '../../../server/src/engine/attribution/phoneOpeners';
import { ownNameIn } from '../../../server/src/engine/attribution/selfNamed';
import { speakers } from '../../helpers/attributionText';

// A caller, or a voice on the radio, opens by naming themselves: those words name the turn's speaker.
describe('callers naming themselves', () => {
  it('reads "It\'s … here" and "… speaking" at a turn\'s opening, after a greeting or none, wherever it is heard', () => {
    assert.strictEqual(openerName('Hello, it’s Lorraine here. Can you talk?', false), 'Lorraine');
    assert.strictEqual(openerName('Yes, good morning, Dr. Okafor speaking.', false), 'Dr. Okafor');
    assert.strictEqual(openerName('This is Inspector Rudd calling about your car.', false), 'Inspector Rudd');
    assert.strictEqual(openerName('Look, it’s Lorraine here.', false), null);
  });

  it('reads "This is …" on a line the narration brought up, going on with "I" or "we"', () => {
    const words = 'This is Marta Quist, skipper of the Tern. We are taking on water.';
    assert.strictEqual(openerName(words, true), 'Marta Quist');
    assert.strictEqual(openerName(words, false), null);
    // Introducing someone else: he or she first, or no "I" or "we" at all.
    assert.strictEqual(openerName('This is Keith, from Finance. He’s just sitting in, I hope that’s fine.', true), null);
    assert.strictEqual(openerName('This is Perkin.', true), null);
    assert.strictEqual(openerName('This is Hester Pym, my mother’s friend.', true), null);
  });

  it('leaves an opener naming no one ("Strictly speaking") to a self-naming later in the words', () => {
    assert.strictEqual(ownNameIn('Strictly speaking, I am Tobiah Crane, and this is my land.'), 'Tobiah Crane');
    assert.strictEqual(ownNameIn('Strictly speaking, it is not mine.'), null);
  });

  it('hears a line in the narration just before: a phone, a radio, a recording', () => {
    assert.ok(heardOnTheLine('The radio crackled. ', 20));
    assert.ok(heardOnTheLine('At midnight the phone rang. She picked it up. ', 45));
    assert.ok(!heardOnTheLine('Mr. Pruitt waved at the man beside him. ', 40));
  });

  it('credits an uncued radio call to the one it names, and a cued introduction to its clause', () => {
    const text = [
      'The radio crackled, and a woman’s voice came through the static.',
      '“This is Marta Quist, skipper of the Tern. We are taking on water off the point.”',
      'Hollis grabbed the handset. “Tern, this is the lifeboat. Hold on.”',
      '“This is Keith. He is with me,” said Marta Quist.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Marta Quist', 'Hollis', 'Marta Quist']);
  });

  it('credits a phone call opening "It\'s … here" with no clause to its caller', () => {
    const text = [
      'Ruth Avery was asleep when the phone rang. She fumbled for it in the dark.',
      '“Hello?”',
      '“It’s Lorraine Marchbank here. I’m sorry to ring so late.”',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Lorraine Marchbank');
  });
});
