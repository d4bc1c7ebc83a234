import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A he/she after a lone shared surname tells which bearer it is, unless someone of another surname is named between
// them: then the pronoun may be theirs ("Crane married Ruth Delaney in 1968. She died in 2009.").
describe('a shared surname before someone else named', () => {
  it('leaves a lone surname with the bearer the text is on when the she after it may be the woman named between', () => {
    const text = 'Leonard Vance, the organist, has died at 91. His daughter, Mae Vance, said he played until the end. ' +
      'Vance married Ruth Oakes, a teacher, in 1958. She died in 2004. "I still talk to her every day," Vance said in 2010.';
    assert.deepStrictEqual(speakers(text), ['Leonard Vance']);
  });

  it('still reads a lone surname by the she after it when no one else is named between', () => {
    const text = 'Leonard Vance, the organist, has died at 91. His daughter, Mae Vance, said he played until the end. ' +
      'Vance moved to Leeds in 1990. She taught there for years. "I still talk to him every day," Vance said.';
    assert.deepStrictEqual(speakers(text), ['Mae Vance']);
  });
});

// The people table reads each lone surname in text order; a speech clause's surname is the bearer read there, not one
// a kin word between brings up ("a firm part-owned by her husband. Marek, 51, said", the husband named only later).
describe('a shared surname in a speech clause after a kin word', () => {
  it('keeps a lone surname on the bearer the text is on, not the relative a kin word just mentioned', () => {
    const text = 'The health minister, Lidia Marek, resigned on Thursday after a contract went to a firm part-owned by her husband. ' +
      'Marek, 51, said she had "done nothing unlawful." The firm is 30% owned by Piotr Marek, the minister’s husband.';
    assert.deepStrictEqual(speakers(text), ['Lidia Marek']);
  });
});
