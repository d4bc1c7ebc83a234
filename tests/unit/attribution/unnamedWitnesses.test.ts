import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Eyewitness copy: people the article describes instead of naming, and the he/she right after them.
describe('unnamed witnesses in news copy', () => {
  it('gives a he/she to the description of no gender in the sentence just before, not to a woman named later', () => {
    const text = [
      'A 62-year-old retiree who lives near the slope said she heard a roar just after midnight. "The whole house shook," she said.',
      'A teenage volunteer handed out blankets. "It is the least I can do," she said.',
      'Maria Ortiz, 34, a nurse, said the clinic was full.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a 62-year-old retiree who lives near the slope', 'a teenage volunteer']);
  });

  it('leaves the he/she to the woman the description itself names', () => {
    const text = 'Senator Ruth Kane arrived late. An aide to Senator Ruth Kane handed out the statement. "We will vote against it," she said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Kane']);
  });

  it('credits the name someone unnamed gave ("who gave her name only as Pat")', () => {
    const text = [
      'A woman from Station Road, who gave her name only as Pat, said the warnings came too late. "Nobody told us anything," she said.',
      'A nurse who gave only her first name, Maria, said the clinic was full. "We are exhausted," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pat', 'Maria']);
  });

  it('reads a body noun before the head as a modifier of someone unnamed ("a government whip", "a police source")', () => {
    const text = [
      'A government whip, who asked not to be named, said the revolt was small. "Nobody is worried about nine votes," the whip said.',
      'A police source said the search would go on. "We have not given up," the source said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a government whip', 'a police source']);
  });

  it('gives a partial quotation the description its sentence opens with, when the next sentence\'s clause names it again', () => {
    const text = 'Ministers were relaxed. A government whip said the revolt was "smaller than we feared." "Nobody is worried," the whip said.';
    assert.deepStrictEqual(speakers(text), ['a government whip', 'a government whip']);
  });

  it('keeps a capitalised body\'s "for" inside its name ("a spokesperson for the Department for Education")', () => {
    const text = 'A spokesperson for the Department for Education said the figures were old. "We have hired more staff," the spokesperson said.';
    assert.deepStrictEqual(speakers(text), ['a spokesperson for the Department for Education']);
  });

  it('takes news roles for people ("a senior government source said the minister had “…”"), with the determiner in lower case', () => {
    const text = 'Pryce wrote: "The door is open." A senior government source said the minister had "no intention of moving."';
    assert.deepStrictEqual(speakers(text), ['Pryce', 'a senior government source']);
  });

  it('takes a lone name with where the witness lives for a person ("Pat from Station Road was …"), and a library for none', () => {
    const text = [
      'Margaret Hale ran the reading group for years. The Friends of Westbury Library said the vote was "a victory."',
      'Outside, Pat from Station Road was already making plans. "Two years," she said.',
    ].join('\n\n');
    assert.strictEqual(speakers(text)[1], 'Pat');
  });

  it('links "the retiree" to the description an opening phrase and a he/she sentence stand between', () => {
    const text = [
      'Kerry Fenwick, the mayor, toured the site. "We will rebuild," Fenwick said.',
      'At the community hall, where the Red Cross had set up cots, a 62-year-old retiree sat with her dog. She said she had lived there for thirty years. "My neighbour knocked on my door," the retiree said. "So I took the dog."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Kerry Fenwick', 'a 62-year-old retiree', 'a 62-year-old retiree']);
  });

  it('keeps a body noun after a capitalised adjective in the description ("a member of the Teskovian delegation")', () => {
    const text = 'A member of the Teskovian delegation, also speaking anonymously, played that down. "We listened to their numbers," he said.';
    assert.deepStrictEqual(speakers(text), ['a member of the Teskovian delegation']);
  });

  it('takes the name an aside gives ("a student who gave her name only as Freya") for the description before it', () => {
    const text = [
      'About forty protesters held banners outside. One protester, a student who gave her name only as Freya, said: "It is hypocrisy."',
      'A neighbour, who works for Tom Hale, said it was "loud."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Freya', 'a neighbour']);
  });
  it('credits the first name set after "gave only her first name," to the description and the she after it', () => {
    const text = [
      'Pastor James Ruffin led the prayers. "Give these kids somewhere to go," he said.',
      'A woman who gave only her first name, Marisela, because she said she feared reprisals, said she had seen the car speed off. "It is not a joke when it is your child on the sidewalk," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['James Ruffin', 'Marisela']);
  });
});
