import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// A plural of people with no article tagging a quotation after it ("“…,” prosecutors wrote") is a group speaking, as
// it is before one ("Prosecutors wrote that …").
describe('a bare plural of people after a quotation', () => {
  it('is the group, as written, and not the one quoted before it', () => {
    const text = 'Karen Holt testified for a day. "I was told nothing," she said. "He chose to lie," prosecutors wrote in a memorandum filed last month.';
    assert.deepStrictEqual(speakers(text), ['Karen Holt', 'prosecutors']);
  });

  it('keeps its lower-case modifiers', () => {
    const text = '"The road is already full," local residents said.';
    assert.deepStrictEqual(speakers(text), ['local residents']);
  });
});

// A group opening its sentence is its whole phrase up to the verb: whose group it is, and a "who" clause.
describe('a plural of people opening a sentence with an "of" after it', () => {
  it('is the whole phrase, not its first word', () => {
    const text = 'Families of patients who died at Oakdene General Hospital have accused its managers of "a culture of silence".';
    assert.deepStrictEqual(speakers(text), ['Families of patients who died at Oakdene General Hospital']);
  });
});
