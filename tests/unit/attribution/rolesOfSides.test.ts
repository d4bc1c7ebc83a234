import * as assert from 'node:assert';
import { attributions } from '../../helpers/attributionText';

// A role held once per side (two clubs' managers, two parties' leaders): "the Dunmore coach" is not the one the text
// introduced as another side's coach, however recently that coach was named.
describe('roles of sides: a role phrase naming a side', () => {
  it('does not give "the Dunmore coach" to the one introduced as Selby coach', () => {
    const text = [
      'Dunmore beat Selby 3-1 on Sunday. “We were second to everything,” said Selby coach Aaron Vickers.',
      'His counterpart, Mia Halvorsen, said she was pleased. “That was our best half of the season,” the Dunmore coach said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Aaron Vickers', 'Mia Halvorsen']);
  });

  it('does not give it to one whose side was named in an appositive', () => {
    const text = [
      'Aaron Vickers, the Selby coach, was angry. “We were second to everything,” he said.',
      'Mia Halvorsen smiled. “That was our best half of the season,” the Dunmore coach said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Aaron Vickers', 'Mia Halvorsen']);
  });

  it('still gives a side’s role to the one introduced with that side', () => {
    const text = [
      'Dunmore beat Selby 3-1 on Sunday. Mia Halvorsen said she was pleased. “We were second to everything,” said Selby coach Aaron Vickers.',
      'Halvorsen’s captain had scored twice. “He was not happy with the draw,” the Selby coach said later of the fixtures.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Aaron Vickers', 'Aaron Vickers']);
  });
});

// "“…,” the Selby chief executive, Dana Roe, said": the name in apposition to a role phrase is the speaker, not the
// side's name at the front of the phrase.
describe('roles of sides: a name in apposition after the quotation', () => {
  it('credits the apposed name, not the side, in a clause after the quotation', () => {
    const text = [
      'Selby turned down the offer on Friday.',
      '“The player is not for sale,” the Selby chief executive, Dana Roe, said on Saturday.',
      '“We hear that every summer,” the Brayford manager, Olek Marsh, told reporters.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Dana Roe', 'Olek Marsh']);
  });
});

// "The Dane said": a capitalised nationality after "the" is a role phrase for the one given that nationality.
describe('roles: a nationality as the subject', () => {
  it('gives "The Swede" opening a sentence and "the Swede" after a quotation to the Swedish rider', () => {
    const text = [
      'Swedish rider Nils Berg won the stage on Thursday, ahead of Paolo Ricci.',
      'The Swede said the final climb had been “pure pain.”',
      '“I could not see the road,” the Swede said.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Nils Berg', 'Nils Berg']);
  });
});

// "said Kestrel Racing team doctor Ana Brill": a side's name, a role of several words, then the holder's name.
describe('roles of sides: a role of several words between a side and a name', () => {
  it('credits the name after "team doctor" or "sporting director", not the side', () => {
    const text = [
      '“He is awake and talking,” said Kestrel Racing team doctor Ana Brill.',
      '“We will not replace him,” said Vale Town sporting director Piet Kuyt.',
    ].join('\n');
    assert.deepStrictEqual(attributions(text).map((a) => a.speaker), ['Ana Brill', 'Piet Kuyt']);
  });
});
