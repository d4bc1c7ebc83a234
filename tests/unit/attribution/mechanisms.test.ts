import * as assert from 'node:assert';
import { attributeQuotations } from '../../../server/src/engine/attribution/attribute';
import type { ProseView } from '../../../server/src/engine/types';
import { attributions, speakers } from '../../helpers/attributionText';

describe('attribution mechanisms', () => {
  it('gives a role noun to the person an appositive gave it, not to a later name followed by a verb', () => {
    const text =
      'The county health commissioner, Harriet Vale, has asked for calm.\n' +
      'Her deputy, Rowan Keel, told residents the commissioner was "watching the numbers closely."\n' +
      '"Nobody should panic," the commissioner said.\n';
    assert.deepStrictEqual(speakers(text), ['Rowan Keel', 'Harriet Vale']);
  });

  it('credits the name in apposition to an inverted cue, not an organisation named before', () => {
    const text =
      'The report urges a bid to the Upland Water and Heritage Trust before spring.\n' +
      '"The dam is the valley," said the project’s chief hydrologist, Dr. Tomasz Brill.\n' +
      '"Honestly, it was a close call," said one farmer, Edna Price.\n';
    assert.deepStrictEqual(speakers(text), ['Tomasz Brill', 'Edna Price']);
  });

  it('resolves she to the nearest woman, past a possessive owner, using first names for gender', () => {
    const text =
      'Callum Rudd spoke first. Rudd’s neighbour, the retired surveyor Moira Lisle, then took the stand. ' +
      '"The ground here is hollow," she said.\n';
    assert.deepStrictEqual(speakers(text), ['Moira Lisle']);
  });

  it('does not take opening adverbials, organisations after a preposition or "I\'m" as names', () => {
    const text =
      'Principal Nora Quill said the rule was "about focus." After a pilot in Year 9, she told governors, "detentions fell."\n' +
      'Piers Vantongeren, counsel for Redwater, called the plan "reckless."\n';
    assert.deepStrictEqual(speakers(text), ['Nora Quill', 'Nora Quill', 'Piers Vantongeren']);
  });

  it('keeps a contraction such as "I\'m" out of a transcript speaker\'s name', () => {
    const text = "Welcome to Field Notes. I'm Dana Holt, and today: hedgerows.\nThanks, Dana. Hedgerows are corridors.\n";
    const second = text.indexOf('Thanks');
    const view: ProseView = {
      original: text, text, format: 'transcript',
      utterances: [
        { span: { start: 0, end: second - 1 }, speaker: 'Dana Holt', timestamp: null },
        { span: { start: second, end: text.length - 1 }, speaker: 'Guest', timestamp: null },
      ],
    };
    const result = attributeQuotations(view, []);
    assert.deepStrictEqual(result.quotations.map((q) => q.attribution.speaker), ['Dana Holt', 'Guest']);
    assert.ok(!result.people.some((p) => /I[’']m/.test(p.name)));
  });

  it('reads a sentence whose subject ends in a colon as introducing that subject\'s words', () => {
    const text =
      'Okonjo spoke about the budget. "We are short," Okonjo said.\n' +
      'Brandt was less worried: "We have been short before."\n' +
      'The chair cut in: "Time, please."\n';
    const a = attributions(text);
    assert.strictEqual(a[1].speaker, 'Brandt');
    assert.strictEqual(a[1].cue, ':');
    assert.strictEqual(a[2].mention?.text, 'The chair');
  });

  it('resolves a shared surname to the person the text has called by it so far', () => {
    const text =
      'Rita Kerr founded the bakery in 1990.\n' +
      '"We started with one oven," Kerr said.\n' +
      'Her son, Euan Kerr, runs the shop now. "Mum still bakes every morning," Euan said.\n' +
      '"I will never stop," Kerr said.\n';
    assert.deepStrictEqual(speakers(text), ['Rita Kerr', 'Euan Kerr', 'Rita Kerr']);
  });

  it('gives a term in scare quotes inside narration no speaker borrowed from the sentence subject', () => {
    const text =
      'Selwyn Hart chairs the panel. "We will decide by May," Hart said.\n\n' +
      'Hart is expected to publish the so-called "green list" next week.\n';
    assert.deepStrictEqual(speakers(text), ['Selwyn Hart', null]);
  });

  it('takes a lone surname acting as a subject as a person, for the pronoun after it', () => {
    const text =
      '"Service will resume on Monday," said Paul Greer, a union organiser.\n' +
      'Ferris defended the timetable. "It is the best we can do," she said.\n';
    assert.deepStrictEqual(speakers(text), ['Paul Greer', 'Ferris']);
  });

  it('learns a role from a relative clause and keeps deputies apart from the office holder', () => {
    const text =
      'Governor Lena Marsh announced the rise. Deputy Governor Ivo Stahl, who chairs the audit board, dissented.\n' +
      '"We moved too fast," Stahl said.\n' +
      '"We will hold steady," the governor said.\n' +
      '"The audit is clean," the board chair said.\n';
    assert.deepStrictEqual(speakers(text), ['Ivo Stahl', 'Lena Marsh', 'Ivo Stahl']);
  });

  it('takes an honorific with a lone name for a person even when the name is also a building word ("Mrs. Hall")', () => {
    const text = 'Mrs. Hall lit the fire and went to lay the cloth. "Can I take your coat, sir?" she said.\n';
    assert.deepStrictEqual(speakers(text), ['Mrs. Hall']);
  });

  it('keeps the woman the narration is about as "she" past a maid named in a subordinate clause with an appositive', () => {
    const text =
      'Mrs. Penrose lit the fire. She was resolved to show herself worthy of her good fortune. As soon as the bacon ' +
      'was under way, and Millie, her maid, had been brisked up a bit, she carried the cloth into the parlour. ' +
      '"Can I take your hat, sir?" she said.\n';
    assert.deepStrictEqual(speakers(text), ['Mrs. Penrose']);
  });
});
