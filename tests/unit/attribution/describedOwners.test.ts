import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Quennell said the man found in his van …": a his/her after a described person of its gender ("the man") is that
// person's, so it says nothing of the named speaker's gender.
describe('possessives of a described person between a name and them', () => {
  it('keeps "the man found in his van" from making Roz Quennell a man', () => {
    const text = [
      'The harbour master, Delphine Aubry, will inspect the quay on Friday.',
      'The coastguard commander, Roz Quennell, spoke to reporters at the station.',
      'Quennell said the man found in his van near the slipway had been taken to hospital and that his wife was with him. Asked about the warnings, she said it was "too early to say".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Roz Quennell']);
  });

  it('still counts a his with no described man between it and the name', () => {
    const text = [
      'The harbour master, Delphine Aubry, will inspect the quay on Friday.',
      'The coastguard commander, Roz Quennell, spoke to reporters at the station.',
      'Quennell said his crews had been out since dawn and his boat was damaged. Asked about the warnings, she said it was "too early to say".',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Delphine Aubry']);
  });
});
