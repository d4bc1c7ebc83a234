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

  it('credits a letter to the author named right after it, by a participle\'s "by" or "from", and to the one who wrote before', () => {
    const text = [
      'The letter, signed by chief executive Tom Reed, says the cuts are "unavoidable."',
      'Staff received a letter from Nora Quill on Monday. "The cuts are unavoidable," the letter said.',
      'Ivo Brandt wrote to tenants on Friday. The letter said rents would rise "a little."',
      'The report, commissioned by the Harbour Trust, found the wall "unsafe."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reed', 'Nora Quill', 'Ivo Brandt', 'the report']);
  });
});
