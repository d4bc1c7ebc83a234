import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The cognomen of Crane": a noun ending as "men" does may be no one, so the name after its "of" is still a person's,
// not a body's as after a role held at a name ("the headteacher of Millbrook Primary").
describe('a name after a noun for names', () => {
  it('stays a person, so the he after it is theirs', () => {
    const text = [
      'The mill had belonged to Jacob Vane since his father died.',
      'There lived in the valley a schoolmaster of the name of Ezekiel Pratt. The cognomen of Pratt suited his person.',
      'He would often say to the boys, "Mind your letters and your letters will mind you."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ezekiel Pratt']);
  });
});
