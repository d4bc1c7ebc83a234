import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Their two children, Nikhil and Anjali,": a list of names after a couple's plural kin noun makes each the couple's
// child and the others' sibling, so "her brother", "his sister" and "her father" find them later.
describe('children listed after a couple', () => {
  const family = [
    'Tomas Reyna and his wife, Lucia, have run the ironmonger on Quay Street since 1990. Their two children, Mateo, 33, and Ines, 29, now do the ordering.',
    '"Dad still counts the nails by hand," Ines says.',
  ];

  it('takes "her brother" and "his sister" to the other child of the list', () => {
    const text = [...family, 'Her brother shrugs. "He is faster than the scales," he says.', 'His sister is less patient. "He is slower than the post," she says.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ines', 'Mateo', 'Ines']);
  });

  it('takes "her father" to the husband of the couple', () => {
    const text = [...family, '"I can hear you," says her father.'].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ines', 'Tomas Reyna']);
  });
});
