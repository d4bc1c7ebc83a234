import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Liberal Democrat councillor Ruth Okafor": the name before the role is what she belongs to, a body, never a second
// person a he or she after it could mean.
describe('names that qualify the role of the person named after it', () => {
  it('gives a she to the councillor, not to the party of two words before her role', () => {
    const text = 'Green Alliance councillor Ruth Okafor, a member of the committee, said she had voted against. “I was outvoted,” she said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Okafor']);
  });

  it('gives a he in the next paragraph to the coach, not to the side named before his role', () => {
    const text = [
      'Millfield Tigers lost 20-12 on Sunday.',
      'Tigers coach Dan Ellery was angered by a late tackle that went unpunished. He called the referee “out of his depth”.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dan Ellery']);
  });

  it('gives "the mayor" to the one person named before, not to the party before his role', () => {
    const text = [
      'Floods hit the town on Friday.',
      'Brackton Town Council’s mayor, Green Alliance councillor Owen Grant, toured the street on Saturday. “We will open the hall,” the mayor said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Owen Grant']);
  });

  it('keeps a person who owns the role, or who acts on the one named after it', () => {
    const owner = 'Tom Ashdown’s lawyer Ann Ford spoke first. Tom Ashdown stood up. “I am sorry,” he said.';
    assert.deepStrictEqual(speakers(owner), ['Tom Ashdown']);
    const subject = 'Mark Hollis met nurse Ann Ford on the ward. “She saved my life,” he said.';
    assert.deepStrictEqual(speakers(subject), ['Mark Hollis']);
  });
});
