import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "…, the minister said, calling the attempt “…”": a participle after a speech clause set off by commas speaks for that
// clause's subject, not for the subject of the sentence the clause reports.
describe('participles after a speech clause set off by commas', () => {
  it('credits the clause subject, not the sentence subject the clause reports', () => {
    const [a] = attributions('Rebels seized the airport before dawn, the interior minister said, calling the raid "a desperate gamble."');
    assert.strictEqual(a.speaker, 'the interior minister');
    assert.strictEqual(a.cue, 'calling');
  });

  it('reads an inverted clause the same way', () => {
    const [a] = attributions('Exports fell for a third month, said the trade secretary, calling the figures "deeply worrying."');
    assert.strictEqual(a.speaker, 'the trade secretary');
  });

  it('still credits the sentence subject when no speech clause stands before the participle', () => {
    const text = 'Nora Vance welcomed the ruling in a post on social media, writing that "justice has been done."';
    assert.strictEqual(attributions(text)[0].speaker, 'Nora Vance');
  });
});
