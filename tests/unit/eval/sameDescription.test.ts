import { strict as assert } from 'node:assert';
import { rightSpeaker, rightUnnamed, sameDescription, sameDocument } from '../../eval/attribution';

describe('eval: unnamed speakers described at different lengths', () => {
  it('counts a description with or without what it adds about the person', () => {
    assert.ok(sameDescription('a diplomat', 'a diplomat familiar with the negotiations'));
    assert.ok(sameDescription('one senior official at the transport ministry', 'one senior official'));
    assert.ok(sameDescription('a man', 'a man who lives on Clay Street'));
    assert.ok(sameDescription('a woman living opposite', 'a woman'));
    assert.ok(sameDescription('a Western diplomat', 'a Western diplomat based in Vesna'));
    assert.ok(sameDescription('a letting agent in the town centre', 'a letting agent in the town centre, who asked not to be named'));
    assert.ok(rightSpeaker('an engineer', { start: 0, end: 1, speaker: 'an engineer at the airline’s operations centre' }));
  });

  it('never counts another head, a definite phrase or a name', () => {
    assert.ok(!sameDescription('a diplomat', "a diplomat's aide"));
    assert.ok(!sameDescription('a diplomat', 'a diplomatic source'));
    assert.ok(!sameDescription('a man', 'a man and his son'));
    assert.ok(!sameDescription('a man', 'a man, Tom Reed'));
    assert.ok(!sameDescription('the official', 'the official at the ministry'));
    assert.ok(!sameDescription('Ann', 'Ann at the desk'));
    assert.ok(!rightSpeaker('a spokesman', { start: 0, end: 1, speaker: 'a spokeswoman for the council' }));
  });
});

describe('eval: one member of a group', () => {
  it('counts "one of the <plural>" as the singular description of a member', () => {
    assert.ok(sameDescription('one of the sources', 'a source familiar with the bank’s deliberations'));
    assert.ok(sameDescription('one of two people familiar with the matter', 'a person familiar with the matter'));
    assert.ok(sameDescription('a researcher who reviewed the paper', 'one of the researchers who reviewed the paper'));
    assert.ok(sameDescription('one of the officials', 'an official'));
    // The group called again by its noun alone: any member of it, however the text described the group.
    assert.ok(sameDescription('one of the diplomats', 'a senior Western diplomat involved in the drafting'));
  });

  it('never counts another noun, or what the group was made to say of another', () => {
    assert.ok(!sameDescription('one of the sources', 'a sourcing manager'));
    assert.ok(!sameDescription('one of the officials', 'an official’s wife'));
    assert.ok(!sameDescription('one of two people familiar with the matter', 'a person close to the club'));
    assert.ok(!sameDescription('one of the men on her first ship', 'a man in the harbour office'));
  });
});

describe('eval: documents named at different lengths', () => {
  it('counts a document with or without its describing words, whatever its determiner', () => {
    assert.ok(sameDocument('the report', 'the commission’s inquiry report'));
    assert.ok(sameDocument('an internal Hallam email', 'the email'));
    assert.ok(sameDocument('her resignation letter', 'the resignation letter'));
    assert.ok(sameDocument('one complaint', 'the complaint'));
    assert.ok(sameDocument('Norland Freight’s review', 'the review'));
    assert.ok(sameDocument('the planning report', 'a planning report for Hexby District Council'));
    assert.ok(sameDocument('the minutes', 'the minutes of the meeting'));
  });

  it('never counts another head, another describing word, or a phrase that is no document', () => {
    assert.ok(!sameDocument('the report', 'the review'));
    assert.ok(!sameDocument('the police report', 'the inquiry report'));
    assert.ok(!sameDocument('the official', 'one official'));
    assert.ok(!sameDocument('the report', 'the report’s author'));
    assert.ok(!sameDocument('the audit', 'Moorfield Audit'));
  });
});

describe('eval: speakers LitBank never names', () => {
  it('credits the text\'s own description near the quotation, whether the gold pronoun is written "she" or "She"', () => {
    for (const pronoun of ['she', 'She']) {
      const gold = { start: 0, end: 1, speaker: pronoun, speaker_mentions_nearby: [{ text: 'the old woman' }, { text: pronoun }] };
      assert.ok(rightUnnamed('the old woman', gold));
      assert.ok(!rightUnnamed('the young man', gold));
    }
  });
});
