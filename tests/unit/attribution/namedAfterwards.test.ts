import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“We got this badly wrong.” That admission came from the vice-chancellor herself": news may name the speaker in the
// sentence after a quotation that has no clause of its own.
describe('a speaker named in the sentence after the quotation', () => {
  it('reads "That admission came from …", "The remark came from …" and "Those were the words of …"', () => {
    const text = [
      'Tom Hale, the chief executive of the trust, said he was sorry. Councillor Ana Ruiz has taught in the borough for 20 years.',
      'Priya Nandra said the council had "failed."',
      '"We will fix it." The remark came from Mr Hale, who said the money would be found.',
      'Nandra said the plan was "too late."',
      '"Nobody listened." Those were the words of Councillor Ruiz, who has invited the minister.',
      'Nandra called it "a disgrace."',
      '"We got this badly wrong." That admission came from the chief executive himself, speaking on Monday.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Priya Nandra', 'Tom Hale', 'Priya Nandra', 'Ana Ruiz', 'Priya Nandra', 'Tom Hale']);
  });

  it('takes the one the sentence names as the source, not a person named later in it', () => {
    const text = 'Priya Nandra said the council had "failed."\n\n' +
      '"We are running on goodwill." That warning came from a nurse at the clinic, who spoke to Tom Hale on Monday.';
    assert.deepStrictEqual(speakers(text), ['Priya Nandra', 'a nurse at the clinic']);
  });

  it('needs a noun for words before "came from" ("That parcel came from Leeds" names no speaker)', () => {
    const text = 'Ana Ruiz knelt by the door. "Open it," she said. "Now." That parcel came from Tom Hale, a neighbour.';
    assert.deepStrictEqual(speakers(text), ['Ana Ruiz', 'Ana Ruiz']);
  });
});
