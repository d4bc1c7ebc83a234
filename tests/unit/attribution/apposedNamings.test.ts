import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "“…,” said the man inside, a retired crane operator named Tam Renn.": a description in apposition right after a
// tag's described speaker, giving a name by "named" or "called", or a name alone, names the speaker, and "the man"
// of that scene's later turns is the same person.
describe('a described speaker named in apposition', () => {
  it('names the speaker of an inverted tag by "named" after where they are, and at the later "the man" turn', () => {
    const text = [
      'Kim Lowe knocked at the first house on the hill.',
      '',
      '“Not today,” said the man inside, a retired crane operator named Robin Ashe. “Try the pub.”',
      '',
      'Lowe tried the pub, then came back an hour later.',
      '',
      '“Still not today,” the man said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Robin Ashe', 'Robin Ashe', 'Robin Ashe']);
  });

  it('names the speaker of "the woman said — a nurse called …" set off by dashes after the verb', () => {
    const text = [
      'Omar Haddad rang the bell twice.',
      '',
      '“We are busy,” the woman said — a nurse called Grace Mwangi — and shut the door.',
      '',
      'Haddad rang again.',
      '',
      '“I said we are busy,” the woman said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Grace Mwangi', 'Grace Mwangi']);
  });

  it('takes a name alone in apposition after a place for the later turns, until "a man" brings in someone new', () => {
    const text = [
      'Ada Okoro knocked at the last house on the street.',
      '',
      '“Come in,” said the man inside, Piet Vos, who keeps bees.',
      '',
      'Okoro asked about the hives.',
      '',
      '“Good bees,” the man said.',
      '',
      '“Not that one,” said a man at the next gate.',
      '',
      '“Sorry,” the man said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Piet Vos', 'Piet Vos', 'a man at the next gate', 'a man at the next gate']);
  });

  it('leaves a tag whose words after the comma name no one to its description', () => {
    const text = [
      'Omar Haddad rang the bell.',
      '',
      '“We are busy,” said the man inside, a cloth called Muslin in his hand.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['the man']);
  });
});
