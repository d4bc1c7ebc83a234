import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“Hannah Pim, you’ll hold your tongue.”" … "“Hannah.”": a turn that says only a name calls the one an earlier turn
// called by the fuller name, though the narration never names them; that one answers.
describe('a name called alone', () => {
  it('calls the one an earlier turn called by the fuller name', () => {
    const text = [
      'Mrs. Noakes sat at the head of the table.',
      '"Martha Tibbs, you will hold your tongue," said Mrs. Noakes.',
      '"Nothing was said, Mrs. Noakes."',
      '"See that it stays so," said Mrs. Noakes.',
      '"Yes, Mrs. Noakes," said Susan.',
      'Mrs. Noakes sat a long while by the fire. Then she got up.',
      '"Martha."',
      '"Yes, Mrs. Noakes?"',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Mrs. Noakes', 'Martha Tibbs', 'Mrs. Noakes', 'Susan', 'Mrs. Noakes', 'Martha Tibbs']);
  });
});
