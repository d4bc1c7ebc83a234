import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sentence naming one person shows their gender by its he/she, but not when its pronouns of that gender go on from
// the sentence before, whose pronouns were someone else's: there two people of both sexes were in the running.
describe('attribution: pronouns that go on from uncounted ones cast no gender vote', () => {
  it('keeps a man whose given name says nothing from the she of the woman beside him', () => {
    const text = [
      'Marta Quell had not meant to stay. She had walked up with her father because the road was icy; but at the door ' +
        'Orrin Quell had turned and looked at her, and said in his slow way that she might as well hear it. So she sat ' +
        'on a stool by the door, with her shawl over her head. From there she could see the whole room.',
      '“You will get nine shillings, and it will not be enough,” said Thomas Hebden, the delegate.',
      'Then Orrin Quell stood up. He did it slowly, with a hand on the shoulder of the man in front of him.',
      '“I have nothing against the Union,” he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Thomas Hebden', 'Orrin Quell']);
  });
});
