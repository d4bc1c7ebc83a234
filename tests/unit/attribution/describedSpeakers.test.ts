import * as assert from 'node:assert';
import { namesOfDescribedSpeakers } from '../../../server/src/engine/attribution/describedSpeakers';
import { speakers } from '../../helpers/attributionText';

// A speaker the narration only describes ("a gentleman", "the child") and names later in the same conversation.
describe('described speakers named later', () => {
  it('gives a described speaker\'s turns to the one person the conversation first names in a speech clause soon after', () => {
    const text = [
      'Sam Tully set down his box at the corner and looked up at the crowd.',
      '"Shine your boots?" said Sam.',
      '"How much?" asked a gentleman on his way to the bank.',
      '"Ten cents," said Sam.',
      '"That is a little steep," said the gentleman.',
      '"It is the polish, sir."',
      '"Very well, but be quick."',
      '"I wonder whether the boy is honest," said Mr. Harlow to himself, as he walked away.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Sam Tully', 'Mr. Harlow', 'Sam Tully', 'Mr. Harlow', 'Sam Tully', 'Mr. Harlow', 'Mr. Harlow']);
  });

  it('leaves a description alone when the newcomer answers it, another description answers it, or genders differ', () => {
    const firstNamed = (name: string) => (name === 'Sam Tully' ? 0 : name === 'Mr. Harlow' ? 9 : undefined);
    const genderOf = (s: string) => (/woman$/.test(s) ? 'f' : s === 'Mr. Harlow' || /man$/.test(s) ? 'm' : null);
    const turn = (paragraph: number, speaker: string | null, namedByClause = false) => ({ paragraph, speaker, namedByClause });
    const name = (turns: ReturnType<typeof turn>[]) => [...namesOfDescribedSpeakers(turns, firstNamed, genderOf)];
    // The pattern that is named: a description, the other party, then the newcomer in a speech clause.
    assert.deepStrictEqual(name([turn(1, 'a gentleman'), turn(2, 'Sam Tully'), turn(3, 'Mr. Harlow', true)]), [[0, 'Mr. Harlow']]);
    // The newcomer answers the description: two people.
    assert.deepStrictEqual(name([turn(1, 'a rough voice'), turn(2, 'Mr. Harlow', true)]), []);
    // Two descriptions answer each other: either may be the newcomer.
    assert.deepStrictEqual(name([turn(1, 'the tall man'), turn(2, 'the parson'), turn(3, 'Sam Tully'), turn(4, 'Mr. Harlow', true)]), []);
    // A woman described is not a man named; a name only the narration gives is no newcomer; nor is one long after.
    assert.deepStrictEqual(name([turn(1, 'the old woman'), turn(2, 'Sam Tully'), turn(3, 'Mr. Harlow', true)]), []);
    assert.deepStrictEqual(name([turn(1, 'a gentleman'), turn(2, 'Sam Tully'), turn(3, 'Mr. Harlow')]), []);
    const late = [turn(1, 'a gentleman'), ...[2, 3, 4, 5, 6].map((p) => turn(p, 'Sam Tully', true)), turn(7, 'Mr. Harlow', true)];
    assert.deepStrictEqual(name(late), []);
  });

  it('leaves a description to itself when the one named later was first named in the narration between, hearing it', () => {
    const text = [
      '"Up you get, lad," said a gruff voice.',
      'Kit Marlow opened his eyes slowly and stared at the speaker.',
      '"Up, I said!" said the man impatiently.',
      '"What time is it?" asked Kit.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[0], 'a gruff voice');
    const firstNamed = (name: string) => (name === 'Kit Marlow' ? 2 : undefined);
    const turns = [{ paragraph: 1, speaker: 'a gruff voice', namedByClause: false }, { paragraph: 3, speaker: 'the man', namedByClause: false }, { paragraph: 4, speaker: 'Kit Marlow', namedByClause: true }];
    assert.deepStrictEqual([...namesOfDescribedSpeakers(turns, firstNamed, () => 'm')], []);
  });

  it('gives the newcomer a description that speaks after their name only when they spoke by it before', () => {
    const firstNamed = (name: string) => (name === 'Sam Tully' ? 0 : name === 'Mr. Harlow' ? 2 : undefined);
    const turn = (paragraph: number, speaker: string | null, namedByClause = false) => ({ paragraph, speaker, namedByClause });
    const name = (turns: ReturnType<typeof turn>[]) => [...namesOfDescribedSpeakers(turns, firstNamed, () => 'm')];
    // "said the taller" … "said Mr. Harlow" … "said the surgeon": the surgeon is someone else.
    assert.deepStrictEqual(name([turn(1, 'the taller'), turn(2, 'Sam Tully'), turn(3, 'Mr. Harlow', true), turn(4, 'Sam Tully'), turn(5, 'the surgeon')]), [[0, 'Mr. Harlow']]);
    // "said the gentleman" again after the name is still the newcomer.
    assert.deepStrictEqual(name([turn(1, 'the gentleman'), turn(2, 'Sam Tully'), turn(3, 'Mr. Harlow', true), turn(4, 'Sam Tully'), turn(5, 'the gentleman')]), [[0, 'Mr. Harlow'], [4, 'Mr. Harlow']]);
  });
});
