import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A statement is its issuer's words: the subject of the verb that issued it ("X issued a statement saying"), or whom it
// was read or issued on behalf of; the one who reads it out is no issuer.
describe('statements issued or read in their own sentence', () => {
  it('credits "X later issued a statement saying" to X, not to "a statement"', () => {
    const text = 'The council leader, Rosa Kemp, rejected the plan. Her deputy, Owen Tate, later issued a statement saying the council was "ready to talk at any time".';
    assert.deepStrictEqual(speakers(text), ['Owen Tate']);
  });

  it('credits a body that put out a statement', () => {
    const text = 'The ferry operator put out a short statement saying crossings would resume "as soon as it is safe".';
    assert.deepStrictEqual(speakers(text), ['the ferry operator']);
  });

  it('credits "it said" after a person issued a statement to that person', () => {
    const text = 'Marta Lindqvist issued a statement on Sunday. "I have done nothing wrong," it said.';
    assert.deepStrictEqual(speakers(text), ['Marta Lindqvist']);
  });

  it('credits a statement read on "their behalf" to the group, not its reader', () => {
    const text = 'Outside the inquest, the miners’ lawyer, Peter Stroud, read a statement on their behalf. "We have waited nine years for answers," it said.';
    assert.deepStrictEqual(speakers(text), ['the miners']);
  });

  it('credits a statement read "on behalf of" a named family to the family', () => {
    const text = 'Peter Stroud, a solicitor, read a statement on behalf of the Hendry family. "We have waited nine years for answers," it said.';
    assert.deepStrictEqual(speakers(text), ['the Hendry family']);
  });

  it('never credits the one who only read a statement out', () => {
    const text = 'Peter Stroud, a solicitor, read a statement outside court. "We have waited nine years for answers," it said.';
    assert.notStrictEqual(speakers(text)[0], 'Peter Stroud');
  });
});
