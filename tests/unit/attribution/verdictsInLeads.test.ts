import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { attributions } from '../../helpers/attributionText';

// Partial quotations a sentence of narration carries with no speech clause of a person: the verdict of a group, a
// body or a document that is the subject of the verb bringing the words in.
describe('quoted verdicts in narration', () => {
  it('credits a group opening the sentence with the verdict it rated', () => {
    const [a] = attributions('SALTON — Inspectors have rated the Harbourside nursing home "inadequate" after finding residents left unwashed.');
    assert.strictEqual(a.speaker, 'Inspectors');
    assert.strictEqual(a.cue, 'rated');
  });

  it('credits the group right before the verb, inside a clause ("a rash the researchers judged “…”")', () => {
    const [a] = attributions('Two patients developed a rash that the researchers judged "unlikely to be linked" to the drug.');
    assert.strictEqual(a.speaker, 'the researchers');
  });

  it('credits a document right before its verb', () => {
    const [a] = attributions('The union says the draft describes the delays as "a serious failure of planning."');
    assert.strictEqual(a.speaker, 'the draft');
  });

  it('passes over a verb after a modal or "to" for the verb that reports ("warned that services would continue")', () => {
    const [a] = attributions('Flights began to leave again at noon, but the airline warned that delays would continue because crews were "in the wrong places."');
    assert.strictEqual(a.speaker, 'the airline');
  });
});

// "Simon sat with me and told me, ‘…’": a speech verb joined by "and", with the one spoken to between it and the words.
describe('a speech verb joined by "and" with its listener', () => {
  it('credits the inner quotation to the subject of the sentence inside the quotation', () => {
    const text = 'Kofi Mensah met Simon Achebe in 2019. "Simon sat in my studio for an hour and told me, \'Paint the people nobody painted.\' So I did," Mensah said.\n';
    const got = analyzeDocument(text, 'plaintext').quotations.map((q) => [q.depth, q.attribution.speaker]);
    assert.deepStrictEqual(got, [[0, 'Kofi Mensah'], [1, 'Simon Achebe']]);
  });
});

// A headline drops its articles: "Council apologises after report finds “systemic” failures".
describe('a verdict quoted in a headline', () => {
  it('credits the bare document noun before the verb', () => {
    const text = 'Trust apologises after review finds "serious" failings in maternity care\n\nA hospital trust has apologised to families.';
    assert.strictEqual(attributions(text)[0].speaker, 'the review');
  });

  it('reads no bare noun so in the body of the text', () => {
    const text = 'The trust met on Monday.\n\nStaff said the audit report finds "serious" failings every year.';
    assert.notStrictEqual(attributions(text)[0].speaker, 'the report');
  });
});

// "The treaty requires both governments to “…”": what a document binds its parties to is its words.
describe('a document binding its parties', () => {
  it('credits the document that requires or obliges', () => {
    const text = 'A copy of the treaty seen by this newspaper requires both governments to "restore full consular access" within a month.';
    assert.strictEqual(attributions(text)[0].speaker, 'the treaty');
  });
});

describe('the verb that brings in a quotation', () => {
  it('is no speech verb written as a noun after a determiner ("the state would need")', () => {
    const text = 'Costs could double, according to an estimate by the budget office, which said the state would need "at least 85 more lawyers."';
    assert.strictEqual(attributions(text)[0].speaker, 'the budget office');
  });
});
