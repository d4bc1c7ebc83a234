import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Dialogue answers a paragraph closed by its clause ("“…,” said Clara."), so such a paragraph hands its speaker on to
// nothing the conversation gave someone else. In a text cued as news, a paragraph of quotation alone after it that
// no one else was given, asking nothing, is the same speaker going on.
describe('a paragraph closed by its clause, then a quotation no one was given', () => {
  it('goes on with the speaker of the clause in news', () => {
    const text = [
      'The report said at least 300,000 people were facing "an extreme lack of food."',
      'Farida Osei, who heads the agency in the region, said convoys had been "held at checkpoints for weeks".',
      '"If the convoys move this week, we can reach 200,000 people," Osei said.',
      '"If they do not, I do not want to think about what we will be writing in January."',
      'The government rejected the findings.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the report', 'Farida Osei', 'Farida Osei', 'Farida Osei']);
  });
});
