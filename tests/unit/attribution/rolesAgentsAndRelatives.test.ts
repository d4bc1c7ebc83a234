import * as assert from 'node:assert';
import { speakers } from '../../helpers/attributionText';

describe('speakers behind roles, passive verbs and relative clauses', () => {
  it('credits the name in apposition to two roles a possessive owns, however long the gap to the verb', () => {
    const text = [
      'The rocket, built by the start-up Corran Space, lifted off at noon.',
      '"It is not the day we wanted," Corran\'s founder and chief executive, Ida Munro, told reporters at the site.',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ida Munro']);
  });

  it('credits the agent of a passive speech verb with the words it reports, and only with those', () => {
    const text = 'Another mother, Hana Pryce, said she had been told by a senior manager that her complaint was "being looked into". "That was three years ago," she said.';
    assert.deepStrictEqual(speakers(text), ['a senior manager', 'Hana Pryce']);
  });

  it('leaves a passive speech verb with no agent to the sentence\'s own speaker', () => {
    const text = 'Hana Pryce said she had been told that her complaint was "being looked into".';
    assert.deepStrictEqual(speakers(text), ['Hana Pryce']);
  });

  it('reads the name in apposition after a relative clause as the subject of a later participle', () => {
    const text = 'The coroner who heard Alfie\'s inquest, Martin Ashby, wrote to the trust in 2020 warning of "a real risk of future deaths".';
    assert.deepStrictEqual(speakers(text), ['Martin Ashby']);
  });

  it('credits the full name before "of", not the firm after it, while "The Federation of …" stays whole', () => {
    const text = [
      'Analysts were divided. In a note to clients, Ruth Castell of Morgan Fairway wrote that the recall was "a one-off".',
      'The Royal College of Midwives said the case was "not an isolated failure".',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Ruth Castell', 'the Royal College of Midwives']);
  });

  it('credits the reporter, not the subject of a speech the reported clause says would happen', () => {
    const text = 'Mark Obi spoke to reporters. He said the regulator would ask the university for "a full account" of the failures.';
    assert.deepStrictEqual(speakers(text), ['Mark Obi']);
  });

  it('gives a verb joined by ", then" the sentence\'s subject, not the one of a clause between', () => {
    const text = 'Miriam Ashdown spoke for ten minutes. She paused as a heckler shouted from the back of the hall, then added: "You are welcome here too."';
    assert.deepStrictEqual(speakers(text), ['Miriam Ashdown']);
  });

  it('reads no verb in a capitalised name, no name in a party-state tag or a pronoun\'s contraction', () => {
    const text = [
      'In Washington, State Department spokesman Daniel Whit said the United States was "closely monitoring" events.',
      'Rep. Dan Kessel, R-Texas, said he hoped the transition would be "quick and peaceful."',
      '"Nobody came," Luis Ferro said. "I kept asking the guards, \'When does my lawyer come?\' They\'d laugh."',
    ].join('\n\n');
    assert.deepStrictEqual(speakers(text), ['Daniel Whit', 'Dan Kessel', 'Luis Ferro', 'Luis Ferro']);
  });
});
