import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "a wiry captain in his fifties who asked to be identified only by his first name, Oleksiy": the name a description's
// "who" clause gives is that description's, so its role noun calls that person again far down the story.
describe('a role given with a first name only', () => {
  const story = (role: string) => [
    'The bunker smells of diesel.',
    `The commander of the company, a wiry ${role} in his fifties who asked to be identified only by his first name, Oleksiy, says his men are holding.`,
    `What the unit needs most, the ${role} says, is sleep. “Give me ten fresh men,” he says.`,
    'Oleksiy checks the radio.',
    `“Tell them we hold,” the ${role} says.`,
  ].join('\n\n');

  it('gives a rank the lexicon does not list to the one named, at a quotation far from the naming', () => {
    assert.deepStrictEqual(speakers(story('major')), ['Oleksiy', 'Oleksiy']);
  });

  it('does the same for a listed role', () => {
    assert.deepStrictEqual(speakers(story('captain')), ['Oleksiy', 'Oleksiy']);
  });
});
