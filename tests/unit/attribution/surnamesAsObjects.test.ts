import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A profile names a family of one surname; someone else then speaks of the subject by it ("Tom Hale says the board
// asked Varga to retire. “…,” he says."). The he of that speech tag is the one who spoke, not a clue to which Varga.
describe('a shared surname as the object of another speaker', () => {
  it('leaves a lone surname after another named speaker with the principal bearer, so her next she is hers', () => {
    const text = [
      'Every morning Irena Varga opens the gym at six. “Nobody else will,” she says.',
      'Her husband, Laszlo Varga, a retired postman, comes to a few bouts a year. “I don’t follow it,” he admits.',
      'The younger daughter, Eszter, is a nurse. “Mum patched up more boxers than I have,” she says.',
      'The club’s president, Tom Hale, says the board has tried to persuade Varga to retire. “We offered her a desk,” he says.',
      'She laughs when this is put to her. “I don’t want a desk.”',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), [
      'Irena Varga', 'Laszlo Varga', 'Eszter', 'Tom Hale', 'Irena Varga',
    ]);
  });
});
