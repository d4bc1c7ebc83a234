import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A scene of several people: "Baird and Price exchange a glance" is a pair, so the "she" who answers next goes on with
// the one the narration was about before, not with the woman of the pair.
describe('previous subjects: a joint subject is no one a he or she goes on with', () => {
  it('passes over a pair named as the sentence before’s subject', () => {
    const text = [
      'Ines Marr skippered the Kestrel for thirty years. Her husband, Tom Baird, and her neighbour, Ellen Price, sit with us.',
      '“The sea is kind until it isn’t,” Marr says.',
      '“Do you still sail?” I ask.',
      'She looks out of the window for a long time. Baird and Price exchange a glance.',
      '“Not since the accident,” she says.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ines Marr', 'I', 'Ines Marr']);
  });
});
