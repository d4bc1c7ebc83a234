import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/attribute';
import { speakers } from '../../helpers/attributionText';

// Fiction's titles before a surname: clergy ("Archdeacon Hallam"), ranks joined by a hyphen ("Lance-Corporal Pryce",
// "Detective-Inspector Dacre"), a private soldier, family titles ("Grandpa Lindqvist"). The title is no part of the
// name, so the titled surname is the person the text also names in full.
describe('attribution: titles of fiction before a surname', () => {
  it('takes a clergy title, a rank or a family title for a title, not a given name', () => {
    assert.ok(samePerson('Archdeacon Hallam', 'Theophilus Hallam'));
    assert.ok(samePerson('Lance-Corporal Pryce', 'Gareth Pryce'));
    assert.ok(samePerson('Detective-Inspector Dacre', 'Dacre'));
    assert.ok(samePerson('Private Marsh', 'Albert Marsh'));
    assert.ok(samePerson('Grandpa Lindqvist', 'Nils Lindqvist'));
    assert.ok(!samePerson('Anne-Marie Cole', 'Marie Cole'));
  });

  it('credits a titled surname to the person the text names in full', () => {
    const text = [
      'Theophilus Hallam had been archdeacon for twenty years, and the curate Septimus Crane feared him.',
      '“You are late,” said Archdeacon Hallam.',
      '“The roads are bad,” said Crane.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Theophilus Hallam', 'Septimus Crane']);
  });

  it('takes a rank’s last word alone ("the Inspector") for the one who holds the hyphened rank', () => {
    const text = [
      'Sergeant Mould stood behind Detective-Inspector Dacre at the door of Number Nine.',
      '“Let us have him in,” said the Inspector.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dacre']);
  });

  it('takes a clergy title alone, in a clause or called, for the one the text gave it', () => {
    const text = [
      'Theophilus Hallam had been archdeacon for twenty years. Archdeacon Hallam rode over on a Tuesday, and Septimus Crane met him at the gate.',
      '“You are late,” said the Archdeacon.',
      '“The roads are bad,” said Crane.',
      '“I hope I see you well, Mr. Archdeacon.”',
    ].join('\n\n');
    const found = speakers(text);
    assert.strictEqual(found[0], 'Theophilus Hallam');
    assert.notStrictEqual(found[2], 'Theophilus Hallam');
  });
});
