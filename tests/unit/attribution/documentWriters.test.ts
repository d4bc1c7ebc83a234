import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A document the sentence makes the speaker speaks as itself, whoever wrote it; a statement is its issuer's voice.
describe('documents and their writers', () => {
  it('credits "The letter adds" to the letter, and "X wrote that" to its writer', () => {
    const text = 'In a letter seen by this newspaper, the regulator’s director, Dan Hurst, wrote that the answers were "inadequate." ' +
      'The letter adds: "We expect a full account by the end of the month."';
    assert.deepStrictEqual(speakers(text), ['Dan Hurst', 'the letter']);
  });

  it('credits an email, a memo or a letter to itself, named as the sentence names it', () => {
    const text = [
      'Harlow Homes sent an email to tenants on Friday. The email said rents would rise "by no more than inflation."',
      'Ellingsen was angry. He sent a letter to the ministry, signed by the council. The letter warned that the island "cannot survive."',
      'The ministry wrote in a memo that the offer was "final," and it has not moved since.',
      'The ministry has not moved. Its memo also warned of "a long winter."',
      'Rhys Arden resigned in May. His resignation letter, which the board kept, said: "I cannot sign these accounts."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the email', 'the letter', 'the ministry', 'the memo', 'the resignation letter']);
  });

  it('credits a statement to its issuer: named after it, by a possessive, or in the sentence before', () => {
    const text = [
      'The statement, signed by chief executive Tom Reed, says the cuts are "unavoidable."',
      'Staff received a statement from Nora Quill on Monday. "The cuts are unavoidable," the statement said.',
      'Ivo Brandt did not speak. His statement said he felt "let down."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tom Reed', 'Nora Quill', 'Ivo Brandt']);
  });

  it('credits "a statement from the agency said" to the agency the text named', () => {
    const text = 'The Coastal Waters Agency said it had opened an inquiry. "We take any such claim very seriously," a statement from the agency said.';
    assert.deepStrictEqual(speakers(text), ['the Coastal Waters Agency']);
  });
});
