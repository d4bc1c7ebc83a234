import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she goes back to the subject of the sentence before; when that sentence's subject is no person but it names
// someone of the pronoun's gender, that name is nearer than an unnamed newcomer a sentence further back.
describe('a name just before a he/she, and an unnamed newcomer further back', () => {
  it('credits the he to the minister named in the sentence before, not the official before that', () => {
    const text = [
      'One senior official, who asked not to be named, said the talks would begin soon.',
      'Back at the ministry, Ortwin Haldane was asked whether he would give ground. "I expect to argue, not to give," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ortwin Haldane']);
  });

  it('credits the she to the woman the sentence before names, not the stranger before that', () => {
    const text = [
      'A woman at the gate, who declined to give her name, said she had waited all day.',
      'Late on Friday, Maren Koll’s office said she would attend. "We are not afraid of a fight," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Maren Koll']);
  });

  it('still credits the she to the stranger when no one is named between', () => {
    const text = [
      'Maren Koll spoke first.',
      'A woman at the gate, who declined to give her name, said she had waited all day. "We are not afraid of a fight," she said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['a woman at the gate']);
  });
});

// "One man, who did not want to give his name, stood …": one picked from a crowd whose name the text withholds is a
// newcomer the he after it means.
describe('"one" bringing in someone whose name is withheld', () => {
  it('credits the he to "one man", not the man named before', () => {
    const text = [
      'Pavel Okonjo, the director, watched the crowd leave. "It was a good night," he said.',
      'Many stopped in the foyer. One man, who did not want to give his name, stood by the door for a while. "My father built this place," he said.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Pavel Okonjo', 'one man']);
  });
});

// "A woman beside him, who declined to give her name, said:": a him after a preposition is no subject of the verb,
// and where the stranger stood is part of how the text describes her.
describe('a stranger placed beside someone', () => {
  it('credits "A woman beside him … said:" to the woman, described as placed', () => {
    const text = '“We pay too much,” said Tomas Brink, who farms near the town. A woman beside him, who declined to give her name, said: “Someone had to say no.”';
    assert.deepStrictEqual(speakers(text), ['Tomas Brink', 'a woman beside him']);
  });

  it('reads "A woman behind him said:" the same way, with no relative clause', () => {
    const text = '“The queue is too long,” said Tomas Marr. A woman behind him said: “It always is.”';
    assert.deepStrictEqual(speakers(text), ['Tomas Marr', 'a woman behind him']);
  });
});
