import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Asked whether …, the Brennock manager did not hesitate. “…”": a sentence whose subject describes someone the text
// named leads into the words after it, past a phrase opening it.
describe('described subjects leading into a quotation', () => {
  it('credits the holder of a side\'s role after an opening phrase naming someone else', () => {
    const text = 'Kirkby’s coach, Dara Molloy, was unhappy. "We were poor," she said.\n' +
      'Tom Hesketh missed a penalty. "My fault," he said.\n' +
      'Asked whether Hesketh would keep the job, the Kirkby coach did not hesitate. "Of course. One miss changes nothing."';
    assert.deepStrictEqual(speakers(text), ['Dara Molloy', 'Tom Hesketh', 'Dara Molloy']);
  });

  it('does not take a side named like a person for "the <side> manager"', () => {
    const text = 'Kirkby had led at the break. Kirkby’s manager, Paul Reddin, was furious. "We threw it away," Reddin said.\n' +
      '"It was a penalty," the Kirkby manager said.';
    assert.deepStrictEqual(speakers(text), ['Paul Reddin', 'Paul Reddin']);
  });

});
