import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// News brings an unnamed source in once by a description and tags their quotations after by a shorter one: the
// source is one identity, named by that description.
describe('unnamed sources, from their description to the tag', () => {
  it('reads a nationality and a modifier before the noun as part of the description, not as a name', () => {
    assert.deepStrictEqual(speakers('“We watched them,” said a Dalmorian security official.'), ['a Dalmorian security official']);
    const tagged = 'The ministry named no one, but a senior Dalmorian security official said two were attachés.\n\n“We watched them for months,” the official said.';
    assert.deepStrictEqual(speakers(tagged), ['a senior Dalmorian security official']);
  });

  it('keeps where a participle places them in the description', () => {
    const text = 'Both sides dug in. A Western diplomat based in Tesk, who asked not to be identified, said embassies had urged restraint.\n\n“Everybody has a domestic audience,” the diplomat said.';
    assert.deepStrictEqual(speakers(text), ['a Western diplomat based in Tesk']);
  });
});

describe('a definite tag calls again the description that brought its noun in', () => {
  it('gives "the senior diplomat" and "the diplomat", paragraphs on, to the senior diplomat who spoke first', () => {
    const one = 'a senior diplomat from one of the larger members';
    const text = [
      'Summit ends with a whimper.',
      'The leaders left on Sunday.',
      '“We lost the vote,” said a senior diplomat from one of the larger members, who spoke on condition of anonymity.',
      'Marta Lind, the host, disagreed. “It is a fair text,” she said. “It is also short.” “Read it twice,” she said.',
      'Tomas Berg said the group would meet again. “We will see,” he said. “Not soon.” “Maybe in May,” he said.',
      'Anna Holm, a trade adviser, was blunt. “It is weak,” she said. “Very weak.” “Nobody will read it,” she said.',
      'Piet Kroon, an economist, agreed. “It costs nothing,” he said. “It does nothing.” “And it says nothing,” he said.',
      'By then, the senior diplomat said, the ships would be free. “If not,” the diplomat said, “we will know.”',
    ].join('\n\n');
    const named = (name: string) => [name, name, name];
    assert.deepStrictEqual(speakers(text), [one, ...named('Marta Lind'), ...named('Tomas Berg'), ...named('Anna Holm'), ...named('Piet Kroon'), one, one]);
  });

  it('gives "the embassy" to the embassy a country’s name owns, with its place', () => {
    const text = [
      'Tesk expels four diplomats.',
      'The row began on Wednesday.',
      'It spread online. Dalmoria’s embassy in Tesk posted a message before noon.',
      '“We have broken no law,” the embassy wrote.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Dalmoria’s embassy in Tesk']);
  });

  it('leaves the tag to a named person who holds the role', () => {
    const text = [
      'Talks stall in Tesk.',
      'Delegates met on Sunday. Ilya Varga, the foreign minister, opened the session.',
      '“We lost,” said a former foreign minister from the coast, who spoke on condition of anonymity.',
      'Tomas Berg said the group would meet again. “We will see,” he said.',
      '“It has stalled,” the minister said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a former foreign minister from the coast', 'Tomas Berg', 'Ilya Varga']);
  });

  it('leaves "the company" to a firm named since the description', () => {
    const text = [
      'Sewage figures questioned.',
      'The data were leaked to the Gazette.',
      'A water company told regulators that its works spilled 31 times.',
      'Brinkley Water said it rejected the claims. “We follow the rules,” the company said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Brinkley Water']);
  });

  it('keeps the tag for a stranger the narration showed without their speaking', () => {
    const text = [
      'Oliver was born in the workhouse.',
      'It was a cold night.',
      'Nobody was there but an old woman and a parish surgeon who did such matters by contract.',
      'The child breathed and cried. The woman raised her head and fell back.',
      '“It is all over,” said the surgeon at last.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['the surgeon']);
  });
});
