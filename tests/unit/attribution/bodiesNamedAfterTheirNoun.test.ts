import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

// "The cycling charity Roadshare, which …, said": a name right after a body's noun is the body, and the statement it
// then issued is its own.
describe('bodies named right after their noun', () => {
  it('credits the name after "the walking charity", and the statement after it, to that body', () => {
    const text = [
      'The walking charity Footfall, which has long campaigned for safer verges, said in a statement that the crash was "avoidable".',
      '"Lanes are not racetracks," the statement said.',
    ].join('\n');
    assert.deepStrictEqual(speakers(text), ['Footfall', 'Footfall']);
  });

  it('does not take a weekday after a body\'s noun for its name', () => {
    const text = 'Harrow Mills Ltd closed its plant last year. The company Monday said output had been "well below target".';
    assert.notDeepStrictEqual(speakers(text), ['Monday']);
  });
});

// "The department’s response … records", "the tribunal’s written decision describes": what a body wrote speaks as
// itself, not as its owner cut off at the possessive; "the decision" alone is no document.
describe('documents owned by bodies', () => {
  it('credits the department’s response, not "the department’s"', () => {
    const text = 'The Ministry of Works will close the depot. The department’s response to a public consultation records that most replies were "strongly opposed". ' +
      'It concedes the closure will be "painful".';
    assert.deepStrictEqual(speakers(text), ['the department’s response', 'the department’s response']);
  });

  it('reads a participle before the document’s noun as its modifier', () => {
    const text = 'The Rowing Disciplinary Panel banned him for two years. The panel’s written decision, 30 pages long, describes his account as "wholly implausible".';
    assert.deepStrictEqual(speakers(text), ['the panel’s written decision']);
  });

  it('credits a party’s code of conduct', () => {
    const text = 'The Harbour Party will not intervene. The party’s code of conduct requires candidates to "act with courtesy".';
    assert.deepStrictEqual(speakers(text), ['the party’s code']);
  });

  it('does not make a decision others criticised the "it" that speaks', () => {
    const text = 'Marlow Water criticised the decision on Monday. It said the plan was "a step backwards".';
    assert.notDeepStrictEqual(speakers(text), ['the decision']);
  });
});

// "The Refugee Council said": a role noun before a body's own noun is part of the body's name, not a title before a
// person called Council; a title of address before one ("Mrs. Hall") still makes a person.
describe('a body whose name opens with a role noun', () => {
  it('keeps the role noun in the name, and leaves a title of address to a person', () => {
    const text = ['The Refugee Council said the plan was "unworkable".', '', 'Mrs. Hall said it was "a relief".'].join('\n');
    assert.deepStrictEqual(speakers(text), ['The Refugee Council', 'Mrs. Hall']);
  });
});
