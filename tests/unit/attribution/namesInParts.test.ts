import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A given name and a surname stated apart, each owned by the same his/her, are one person's full name; the opener
// the his/her goes back to (a name, or an epithet such as "the Colonel") is that person.
describe('attribution: a name given in parts', () => {
  it('makes the epithet the paragraph opens on the person of both parts', () => {
    const text = [
      'Nell Parry kept the ferry house. The Colonel was no colonel. He had been called that for years, and he had half forgotten that his first name was Horace, or that his surname, which was Bell, was on any list.',
      '“Tide’s on the turn,” the Colonel said.',
      '“Then we wait, Colonel,” said Nell.',
      '“So we do.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Horace Bell', 'Nell Parry', 'Horace Bell']);
  });

  it('gives a named person the full name the parts make', () => {
    const text = [
      'Bunny came in from the garden. His Christian name was Leopold and his surname was Marsh, though nobody used either.',
      '“Is there cake?” said Leopold Marsh.',
      '“No,” said Bunny.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Leopold Marsh', 'Leopold Marsh']);
  });

  it('leaves the epithet alone when the parts belong to someone the sentence opener is not', () => {
    const text = [
      'The Colonel sat by the fire. Nell Parry said her first name was Eleanor and her surname was Parry.',
      '“Tide’s on the turn,” the Colonel said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Colonel']);
  });
});
