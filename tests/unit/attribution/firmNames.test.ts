import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A firm's name is no person's, and a person the firm's name only qualifies is someone unnamed.
describe('firm names beside people', () => {
  it('reads "Brandt & Son" as a firm, so "Brandt says" is the Brandt the text names', () => {
    const text = 'Henrik Brandt, whose family runs the shop Brandt & Son, was worried. "When the bakery goes, we go," Brandt says.';
    assert.deepStrictEqual(speakers(text), ['Henrik Brandt']);
  });

  it('credits "a Skogfrakt spokesman" as written, before or after the verb', () => {
    const text = '"We had no choice," a Skogfrakt spokesman said.\n"The market has collapsed," said a Skogfrakt spokeswoman.';
    assert.deepStrictEqual(speakers(text), ['a Skogfrakt spokesman', 'a Skogfrakt spokeswoman']);
  });

  it('never takes a firm the text writes as one for the antecedent of he or she', () => {
    const text = [
      'Corvin Hale runs the night shift. Freight firm Skogfrakt confirmed the closure on Monday. "It is a sad day," he said.',
      'Kari Lund chairs the residents. The operator, Fjordline, cancelled the crossing. "Nobody asked us," she said.',
      'Ola Brekke drives for Nordvik Sealink, the ferry operator. Nordvik Sealink said it would appeal. "We were not told," he said.',
      'Jon Vik drives a truck. Trelleborg said its drivers would be paid. "I doubt it," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Corvin Hale', 'Kari Lund', 'Ola Brekke', 'Jon Vik']);
  });

  it('learns no firm from a name a person noun only qualifies in the definite ("the Okafor campaign") or from "it" far after', () => {
    const text = 'Ama Okafor leads the campaign. The Okafor campaign grew fast; organisers say it will win. "We will win," she said.';
    assert.deepStrictEqual(speakers(text), ['Ama Okafor']);
  });
});
