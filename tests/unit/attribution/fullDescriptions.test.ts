import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// Someone unnamed is known by the description the text gives them, in full.
describe('unnamed speakers described in full', () => {
  it('keeps what ties them to a place or a body, what they know, where they live', () => {
    const text = [
      '"Buyers will look at who flies first," said an executive at Penwith, speaking on condition of anonymity.',
      '"The alarms were off," an engineer at the airline\'s operations centre said.',
      '"Nothing is agreed," said a diplomat familiar with the negotiations.',
      '"It shook the windows," said a man who lives on Clay Street.',
      '"We left at once," said a woman living opposite.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'an executive at Penwith', "an engineer at the airline's operations centre", 'a diplomat familiar with the negotiations',
      'a man who lives on Clay Street', 'a woman living opposite',
    ]);
  });

  it('gives a later she or "the midwife" the description in full', () => {
    const text = [
      'A midwife who worked at the unit for nine years, and who asked not to be named, told the BBC that staff had raised concerns.',
      '"We wrote it down," she said. "Nobody read it," the midwife added.',
    ].join(' ');
    assert.deepStrictEqual(speakers(text), ['a midwife who worked at the unit for nine years', 'a midwife who worked at the unit for nine years']);
  });

  it('gives "the person" or "that person" the source an earlier "according to" described', () => {
    const text = [
      'According to a person familiar with the talks, the two sides had agreed on a date. "It is all but done," the person said.',
      'According to an official with knowledge of the budget, cuts were coming. "Nobody is safe," that official said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a person familiar with the talks', 'an official with knowledge of the budget']);
  });

  it('leaves out how or when they spoke, a clause about their name and what they were doing at the time', () => {
    const text = [
      '"We are looking at it," said a spokesman in a statement.',
      '"It was loud," said a man who asked not to be named.',
      '"It was loud," said a cyclist who was waiting at the lights.',
      '"We will appeal," said one official on Tuesday.',
      '"Come in," said a man who told reporters he had seen it.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a spokesman', 'a man', 'a cyclist', 'one official', 'a man']);
  });

  it('keeps a "who" clause whole when its own verb is one of speaking ("not authorised to speak publicly")', () => {
    const text = [
      'One council officer who was not authorised to speak publicly said the vote had been "much closer than it looks."',
      '"Nobody wanted it," the officer added.',
      '"It is over," said an aide who would speak only privately.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), [
      'one council officer who was not authorised to speak publicly', 'one council officer who was not authorised to speak publicly',
      'an aide who would speak only privately',
    ]);
  });

  it('gives a definite description whose name is withheld in full, up to the clause withholding it', () => {
    const text = [
      'The landlord of one of the brewer’s tied pubs, who asked not to be named, said tenants had “heard nothing.”',
      'The head of the council, who was elected in May, said it was “over.”',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the landlord of one of the brewer’s tied pubs', 'the head']);
  });
});
