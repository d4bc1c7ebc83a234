import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Words that call someone by name are said to them, not by them: a he/she cue is never the one its own quotation
// calls, and a title of rank called alone ("…, Canon, …") is the one the text gave that title.
describe('attribution: the one a quotation calls is not its he/she', () => {
  it('reads a he/she cue past the name its own words call', () => {
    const text = [
      '“The Ambassador will want the Blue Room,” said Ninian Quarley.',
      '“Then he shall have it,” observed the Canon.',
      'Mrs. Dunn rose and fled, and the Canon turned back to the window-seat. The light was going.',
      '“I suppose, Quarley,” he said, “you will not come down?”',
    ].join('\n\n');
    const said = speakers(text);
    assert.notStrictEqual(said[2], 'Ninian Quarley');
    assert.notStrictEqual(said[3], 'Ninian Quarley');
  });

  it('takes a title of rank called alone for the one the text gave it, who answers', () => {
    const text = [
      'Canon Carbery sat by the fire with Ninian Quarley and Mrs. Dunn.',
      '“Ghosts are never shy,” said the Canon.',
      '“It is cold tonight,” said Mrs. Dunn.',
      '“Surely you were taught Berkeley, Canon, at Oxford?” said Quarley.',
      '“I was taught a great many things.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Carbery', 'Mrs. Dunn', 'Ninian Quarley', 'Carbery']);
  });

  it('reads a role phrase past the one its own words call', () => {
    const text = [
      'Orrin Quell and Thomas Hebden had come down from the mill together, and Orrin Quell sat by the stove.',
      '“Count the cost,” said Orrin Quell. He looked round the room slowly.',
      '“Then what would you have us do, Orrin?” asked the chairman.',
    ].join('\n\n');
    assert.notStrictEqual(speakers(text)[1], 'Orrin Quell');
  });
});
