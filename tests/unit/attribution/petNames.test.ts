import * as assert from 'node:assert';
import { samePerson } from '../../../server/src/engine/attribution/attribute';
import { speakers } from '../../helpers/attributionText';

// A character goes by a pet form of their given name: one the table of English pet names lists, which may stand for
// several names ("Teddy" for Edward or Theodore), or one English makes from the name's start ("Wren" of Wrenna,
// "Junie" of Juniper). Mary is no pet form of Margaret: a common given name is a name of its own.
describe('attribution: pet names', () => {
  it('knows a pet name that stands for more than one formal name', () => {
    assert.ok(samePerson('Teddy', 'Theodore Vance'));
    assert.ok(samePerson('Teddy', 'Edward Vance'));
    assert.ok(samePerson('Pip', 'Philippa'));
    assert.ok(samePerson('Letty', 'Letitia Fennimore'));
    assert.ok(samePerson('Dell', 'Adele'));
    assert.ok(samePerson('Alex', 'Alexandra Cole'));
    assert.ok(samePerson('Tash', 'Natasha Reid'));
    assert.ok(samePerson('Geoff Hale', 'Geoffrey Hale'));
  });

  it('knows a pet form cut from the start of an unusual name', () => {
    assert.ok(samePerson('Junie', 'Juniper'));
    assert.ok(samePerson('Juniper', 'Junie'));
    assert.ok(samePerson('Adele', 'Dell'));
    assert.ok(samePerson('Wren', 'Wrenna Tallow'));
    assert.ok(!samePerson('Mary', 'Margaret Tallow'));
    assert.ok(!samePerson('Ann', 'Annabel'));
  });

  it('credits the turns of a pet name to the full name it stands for', () => {
    const text = [
      'Theodore Vance owned the restaurant, and Luis Ortega ran its kitchen.',
      '“We are short of lemons,” Teddy said.',
      '“I ordered them on Monday,” said Luis.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Theodore Vance', 'Luis Ortega']);
  });

  it('leaves a name the narrator calls themself to the narrator, not a namesake it stands for', () => {
    const text = [
      'My father’s family name being Pirrip, and my Christian name Philip, my infant tongue made of both nothing longer than Pip. So, I called myself Pip.',
      'On his tombstone was written Philip Pirrip, late of this parish.',
      'A fearful man started up from among the graves.',
      '“Tell us your name!” said the man.',
      '“Pip, sir.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the man', 'Pip']);
  });
});
