import * as assert from 'node:assert';
import { attributions, speakers } from '../../helpers/attributionText';

// "Nobody", "everyone", "no one": indefinite and negative pronouns name no one, so they are never a speaker's name.
describe('indefinite and negative pronouns', () => {
  it('credits no one called "Nobody" for a quotation that nobody answered', () => {
    const text = ['Corwin Hale stood at the head of the table.', '"We ride at dawn," he said. Nobody objected.', '"Then it is settled." Nobody answered.'].join('\n\n');
    const found = attributions(text);
    assert.ok(found.every((a) => a.speaker !== 'Nobody'), JSON.stringify(found));
    assert.strictEqual(found[0].speaker, 'Corwin Hale');
  });

  it('never makes a person of "Everyone" or "No one" at a sentence start', () => {
    const text = ['Ada Penrose came in late.', '"Sit down," Everyone said.', '"Well?" No one spoke.'].join('\n\n');
    assert.ok(speakers(text).every((s) => !/^(?:Everyone|No one|No|One)$/.test(s ?? '')), JSON.stringify(speakers(text)));
  });
});
