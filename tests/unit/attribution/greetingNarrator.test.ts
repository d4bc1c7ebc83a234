import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A turn opening a conversation on a given name alone ("“Harriet,” he said.") greets the one just come in: in a story
// told by an "I", that is the narrator's name. Said in answer to other words, a name alone is someone's given.
describe('a narrator greeted by name', () => {
  const greeted = [
    'By nine the band had stopped and Uncle Desmond had been moved to the far end of the marquee, where he could do less harm.',
    'I found him behind the cake table with a glass of whisky and a sausage roll.',
    '“Harriet,” he said. “My favourite niece.”',
    '“I’m your only niece.”',
    '“Still counts.” He looked at the dance floor. “Your mother thinks I’m drunk.”',
    '“You are drunk.”',
  ];

  it('names the narrator by the name a turn opening the conversation greets them with', () => {
    assert.deepStrictEqual(speakers(greeted.join('\n\n')), ['Desmond', 'Desmond', 'Harriet', 'Desmond', 'Desmond', 'Harriet']);
  });

  it('does not name the narrator by a name given alone in answer to a question', () => {
    const text = [
      'I found Tom Rudd behind the cake table with a glass of whisky and a sausage roll.',
      '“Who seated you here?” I asked.',
      '“Harriet,” he said. “She thinks I’m drunk.”',
      '“You are drunk.”',
    ].join('\n\n');
    assert.ok(!speakers(text).includes('Harriet'));
  });
});
