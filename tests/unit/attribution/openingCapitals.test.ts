import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A sentence capitalises its first word whatever it is: such a word is a name only where the rest of the text shows it
// to be one (capitalised inside a sentence, a given name, a title), or where it speaks.
describe('a capitalised word opening a sentence', () => {
  it('is no subject when nothing shows it to be a name: "Midsummer last year, X stood … and told"', () => {
    const text = 'Midsummer last year, Hester Quayle stood before 300 investors and told them her firm would "change how builders get paid".\n\n"We got it wrong," Quayle said on Monday.';
    assert.deepStrictEqual(speakers(text), ['Hester Quayle', 'Hester Quayle']);
  });

  it('is no speaker as a noun’s modifier: "Crate deliveries arrived … and the porters were telling"', () => {
    const text = 'The market opened late. Crate deliveries arrived at dawn, and by noon the porters were telling anyone who asked that prices were "through the roof".';
    assert.notStrictEqual(speakers(text)[0], 'Crate');
  });

  it('is the name the text shows it to be elsewhere', () => {
    const text = 'The inquiry sat for a week and heard from Aldous. Aldous warned the panel that the scheme was "built on sand".';
    assert.deepStrictEqual(speakers(text), ['Aldous']);
  });

  it('is a speaker where it speaks, whatever else the text shows', () => {
    const text = 'The radio crackled for an hour. Wren keeps saying, "Nobody is coming for us."';
    assert.deepStrictEqual(speakers(text), ['Wren']);
  });

  it('is a time before a day, no one a he/she can be: "Late Thursday, her office confirmed"', () => {
    const text = [
      'Ferry talks stall',
      'The talks stalled on Thursday after the crews’ leader, Maren Holt-Eide, rejected the offer.',
      '"We will not sign this," Holt-Eide said.',
      'Late Thursday, Holt-Eide’s office confirmed she would meet the operator on Friday. She said she would go in "with an open mind."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Maren Holt-Eide', 'Maren Holt-Eide']);
  });
});
