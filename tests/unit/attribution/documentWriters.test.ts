import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A letter, an email or a statement speaks for the one the text says wrote or issued it.
describe('documents and their writers', () => {
  it('credits "The letter adds" to the named person who wrote it, past an appositive role', () => {
    const text = 'In a letter seen by this newspaper, the regulator’s director, Dan Hurst, wrote that the answers were "inadequate." ' +
      'The letter adds: "We expect a full account by the end of the month."';
    assert.deepStrictEqual(speakers(text), ['Dan Hurst', 'Dan Hurst']);
  });

  it('credits "the email" to the body that sent it, and leaves a letter a pronoun sent as the letter', () => {
    const text = [
      'Harlow Homes sent an email to tenants on Friday. The email said rents would rise "by no more than inflation."',
      'Ellingsen was angry. He sent a letter to the ministry, signed by the council. The letter warned that the island "cannot survive."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Harlow Homes', 'the letter']);
  });
});
