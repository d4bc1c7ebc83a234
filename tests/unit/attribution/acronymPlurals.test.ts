import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "MPs", "GPs": the plural of an acronym names a group, so a he/she can never mean it.
describe('plurals of acronyms', () => {
  it('gives a she to the woman named, not to "MPs" a later she was read near', () => {
    const text = 'The rail bill passed on Tuesday, after ministers offered concessions to a dozen of their own MPs who had threatened to rebel.\n\n' +
      'The Transport Secretary, Nadia Quell, told the House the line would "change the north".\n\n"We will build it," she said.\n\n' +
      'Not all were convinced. Nine government MPs voted against it. A backbencher, who asked not to be named because she feared for her seat, said: "It is a mess."';
    assert.deepStrictEqual(speakers(text), ['Nadia Quell', 'Nadia Quell', 'a backbencher']);
  });
});
