import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "A reporter asked her what she would do next": the her a description's own clause makes its object is someone
// else, and so is the she going on from it; a him or her in an aside or a clause of its own may be the description's.
describe('an object pronoun in a description\'s own clause', () => {
  it('keeps the she who answers from the reporter who asked her', () => {
    const text = [
      'Ruth Talbot, who ran the village post office for forty years, has died. She was 91.',
      'Talbot retired in 1998. A reporter from the Gazette asked her at the party what she would do next. "Sleep until eight," she said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Ruth Talbot']);
  });

  it('still gives the he to a description whose aside uses him of himself', () => {
    const text = [
      'Mara Holt, the mayor, praised the crews. "They worked all night," she said.',
      'A rescuer, who spoke on condition that his employer not be named because it had not authorised him to speak, said the search was slow. "We had one crane," he said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(speakers(text), ['Mara Holt', 'a rescuer']);
  });
});
