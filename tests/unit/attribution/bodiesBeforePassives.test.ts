import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A body's own speech verb in the quotation's sentence says whose the words are: a passive verb after it inside the
// reported clause ("owners would be required to …") reports no one's words, and someone unnamed whom the next
// sentence brings in ("A trust spokeswoman added") is no fuller name for the body than its own "the trust".
describe('a body speaking in its own sentence', () => {
  it('reads the body\'s verb before a passive one in the clause it reports', () => {
    const text = [
      'Lowmoor Parish Council met on Monday to discuss complaints about dogs on the green.',
      'The council said in its minutes that owners would be required to keep their pets "on a short lead at all times" from March.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Lowmoor Parish Council']);
  });

  it('keeps a quotation with the body rather than the spokeswoman of the sentence after', () => {
    const text = [
      'Dr Helen Marsh runs the ward.',
      'The trust said in its report to governors that closing the ward could save it "about £2 million" a year. A trust spokeswoman added: "No decision has been taken."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the trust', 'a trust spokeswoman']);
  });
});
