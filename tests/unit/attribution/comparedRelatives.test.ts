import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Two relatives of one gender talking are told apart by age: "the older man" is the one the kin ties make the elder.
describe('relatives compared by age ("the older man")', () => {
  it('gives "the older man" to the grandfather, not to the grandson who spoke last', () => {
    const text = [
      'At 91, Arthur Bellamy has finished his first novel.',
      'His grandson, Sam Bellamy, 29, typed it up from notebooks. "His spelling is a crime," Sam said.',
      '"It is not a crime," the older man said. "It is a style."',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Sam Bellamy', 'Arthur Bellamy', 'Arthur Bellamy']);
  });

  it('gives "the younger woman" to the daughter after her mother spoke', () => {
    const text = [
      'Joan Pardew, 74, still opens the shop at six.',
      'Her daughter, Kate Pardew, 45, runs the till. "She will not let me retire her," Kate said.',
      '"I retire when the bread stops rising," Joan said.',
      '"That will be a while," the younger woman said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Kate Pardew', 'Joan Pardew', 'Kate Pardew']);
  });

  it('gives "the older man" by the ages the text gave when no kin tie ranks the two', () => {
    const text = [
      'Ray Cole, 81, and Dev Sharma, 34, have rowed the lake together every Sunday for five years.',
      '"He is faster than me on the turn," Dev Sharma said.',
      '"Only because I cheat," the older man said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dev Sharma', 'Ray Cole']);
  });

  it('lets a she after "The older woman laughed." go on with the grandmother', () => {
    const text = [
      'Dora Lyle has crossed children over Fenwick Road for 30 years.',
      'Her granddaughter, Amy Lyle, 12, is one of them. "She knows every child\'s name," Amy said.',
      'The older woman laughed. "Only the quiet ones," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Amy Lyle', 'Dora Lyle']);
  });
});
