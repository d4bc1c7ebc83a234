import * as assert from 'node:assert';
import { Kinship } from '../../../server/src/engine/attribution/kinship';
import { samePerson } from '../../../server/src/engine/attribution/attribute';
import { speakers } from '../../helpers/attributionText';

// A family the text tells apart by kin words: once it says who is whose son, "her son", "his mother" and "his son"
// (of the mother's husband) are that person, whatever the family name would suggest.
describe('kinship: relatives named once, then called by kin words', () => {
  it('keeps both directions of a tie and goes through a spouse to a child', () => {
    const kin = new Kinship<string>();
    const gender = (p: string) => (p === 'Ilse' || p === 'Greta' ? 'f' : 'm');
    kin.add('Ilse', 'son', 'Jonas');
    kin.add('Ilse', 'husband', 'Pavel');
    assert.strictEqual(kin.relative('Ilse', 'son', gender), 'Jonas');
    assert.strictEqual(kin.relative('Jonas', 'mother', gender), 'Ilse');
    assert.strictEqual(kin.relative('Jonas', 'father', gender), 'Pavel');
    assert.strictEqual(kin.relative('Pavel', 'son', gender), 'Jonas');
    // No daughter was named, and a son is no daughter.
    assert.strictEqual(kin.relative('Ilse', 'daughter', gender), null);
  });

  it('gives "her son" to the son named in apposition, not to her husband of the same surname', () => {
    const text = [
      'Helen Marten, 71, has passed the bindery to her son, Jonas, 44. Her husband, Pavel Marten, retired in 2015.',
      '"I still do the gold lettering," Mrs Marten said.',
      'Her son is not convinced she has stopped. "She checks every spine," he said.',
    ].join('\n');
    const [mother, son] = speakers(text);
    assert.strictEqual(mother, 'Helen Marten');
    assert.ok(son && samePerson(son, 'Jonas'), String(son));
  });

  it('finds "his mother" of the son and "his son" of her husband', () => {
    const text = [
      'Ilse Marten handed the bindery to her son, Jonas, in March. She met her husband, Pavel, at a print fair in 1974.',
      'Pavel Marten died in 2015. His son said the shop went quiet afterwards. "Dad did the talking," he said.',
      'Jonas Marten has added a repair service. His mother said she liked it. "It pays for the leather," she said.',
    ].join('\n');
    const [son, mother] = speakers(text);
    assert.ok(son && samePerson(son, 'Jonas Marten'), String(son));
    assert.strictEqual(mother, 'Ilse Marten');
  });

  it('reads a tie from an owner named in the possessive: "Her mother" of "Okafor\'s daughter, Ada," is Mrs Okafor', () => {
    const text = [
      'Grace Okafor has run the stall for twenty years. Her husband, Chidi Okafor, drives the van.',
      "Okafor's daughter, Ada, 16, works there on Saturdays. She said she wanted to study law. \"Not fish,\" she said.",
      'Her mother said she had heard that before. "She said that about nursing," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Grace Okafor']);
  });

  it('makes "the couple\'s son" the child of both, and finds his father and his mother by it', () => {
    const text = [
      'Sam Hale and his wife, Nadia Hale, run the bakery. The couple\'s son, Ben, 12, helps on Saturdays. "I do the doughnuts," he said.',
      'His father laughed. "He eats the doughnuts," he said.',
      'His mother said he was learning fast. "He is better than his father," she said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text).slice(1), ['Sam Hale', 'Nadia Hale']);
  });

  it('reads "her father" as the father of the one the text gave a father, when the one read for "her" has none', () => {
    const text = [
      'Nadia Kerr was nine when she won her first county title. Her father, Tomasz Kerr, a taxi driver, drove her to every tournament.',
      'The final was refereed by Ashworth Mallin, a former county champion. Mallin, 52, praised her calm under pressure.',
      'The family pays for her travel. Her father said that "every spare penny goes on petrol." "We have not had a holiday in years," he said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tomasz Kerr', 'Tomasz Kerr']);
  });

  it('reads "his brother" as the brother of the one first named, whom the story is about, among those given a brother', () => {
    const text = [
      'Owen Price, 19, died in hospital on Sunday after a crash on the coast road.',
      "Owen's older brother, Dylan Price, 24, said the family wanted him remembered for his laugh. \"He could not keep a straight face,\" Price said.",
      'Councillor Bryn Hollis wrote on social media that the road would be reviewed. "Something has to change," Hollis wrote.',
      'Flowers have been left at the scene. "He would have hated the fuss," his brother said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Dylan Price', 'Bryn Hollis', 'Dylan Price']);
  });
});
