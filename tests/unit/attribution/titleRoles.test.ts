import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// "Governor says …", "The Mayor … added": a title alone, capitalised as a name, is the person the text gives it.
describe('a title alone as a speaker', () => {
  it('is the one person the text gives it, named after a headline', () => {
    const text = 'Governor says flood defences were "a decade late"\n\nCARLOW — Gov. Lena Ruiz told reporters on Monday that the state had failed.';
    const [a] = attributions(text);
    assert.strictEqual(a.speaker, 'Lena Ruiz');
    assert.strictEqual(a.mention?.text, 'Governor');
  });

  it('is the last one given it before', () => {
    const text = 'Mayor Tom Hale opened the meeting at seven. The Mayor thanked the residents, then added: "We will not close the library."';
    assert.strictEqual(attributions(text)[0].speaker, 'Tom Hale');
  });

  it('stays as written when no one or several have it', () => {
    const text = 'Governor says the bridge is "safe"\n\nGov. Lena Ruiz and Gov. Omar Haddad met on Monday. "It is safe," Ruiz said.';
    assert.strictEqual(attributions(text)[0].speaker, 'Governor');
  });
});
