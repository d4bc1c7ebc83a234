import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…, Edna,” said her husband", of a wife the text calls Mrs. Pontellier: the name the husband calls her by is hers.
describe('first names a relative calls someone by', () => {
  it('gives Mrs. Grant the first name her husband calls her by', () => {
    const text = [
      'Mr. Grant came up the steps of the porch, where Mrs. Grant sat with a book.',
      '',
      '"Send him away when he bores you, Edna," said her husband.',
      '',
      '"Here, take the umbrella," she called after him.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Mr. Grant', 'Edna Grant']);
  });
});
