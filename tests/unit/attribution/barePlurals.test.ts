import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "Opposition councillors accused …", "with local traders warning …": a plural person noun with no article, opening its
// clause, is a group that speaks, as "Residents said" is.
describe('a plural with no article as the subject', () => {
  it('takes the plural phrase opening the clause, at the sentence start or after "with"', () => {
    const text = [
      'Striking nurses accused the board of “gambling with lives”.',
      '',
      'The vote was close, with local traders calling the scheme “a tax on parking”.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Striking nurses', 'local traders']);
  });

  it('leaves a plural after a preposition other than "with", which is no subject', () => {
    const text = 'The plan was sent to local traders, calling the scheme “a tax on parking”.';
    assert.notStrictEqual(speakers(text)[0], 'local traders');
  });
});

// "His daughter said doctors had told the family that he was “…”": in nested reporting the quotation is the words of
// the innermost telling, whose subject may be a bare plural right after the outer speech verb.
describe('a bare plural telling inside a reported clause', () => {
  it('is the speaker of the words it told, not the one reporting it', () => {
    const text = 'Mr. Ames, 70, is in hospital. His son said nurses had told the family that he was "comfortable but weak," and nothing more.\n';
    assert.deepStrictEqual(speakers(text), ['nurses']);
  });

  it('leaves words the reported plural only had described to the one reporting them', () => {
    const text = 'Mr. Ames, 70, is in hospital. His son said nurses were "very kind."\n';
    assert.deepStrictEqual(speakers(text), ['his son']);
  });
});

// "said that nurses told her": "that" before a plural is the conjunction or a relative pronoun ("those nurses" is the
// demonstrative), so it opens the plural's clause and is no part of the speaker.
describe('a bare plural after "that"', () => {
  it('is the group, without "that", after the conjunction and after the relative pronoun', () => {
    const text = [
      'Lena Marsh, 41, said that nurses told her the ward was "full every night".',
      '',
      'The waits that ministers promised would be "eliminated" have grown.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['nurses', 'ministers']);
  });
});
