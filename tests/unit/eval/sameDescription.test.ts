import { strict as assert } from 'node:assert';
import { rightSpeaker, rightUnnamed, sameDescription } from '../../eval/attribution';

describe('eval: unnamed speakers described at different lengths', () => {
  it('counts a description with or without what it adds about the person', () => {
    assert.ok(sameDescription('a diplomat', 'a diplomat familiar with the negotiations'));
    assert.ok(sameDescription('one senior official at the transport ministry', 'one senior official'));
    assert.ok(sameDescription('a man', 'a man who lives on Clay Street'));
    assert.ok(sameDescription('a woman living opposite', 'a woman'));
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

describe('eval: speakers LitBank never names', () => {
  it('credits the text\'s own description near the quotation, whether the gold pronoun is written "she" or "She"', () => {
    for (const pronoun of ['she', 'She']) {
      const gold = { start: 0, end: 1, speaker: pronoun, speaker_mentions_nearby: [{ text: 'the old woman' }, { text: pronoun }] };
      assert.ok(rightUnnamed('the old woman', gold));
      assert.ok(!rightUnnamed('the young man', gold));
    }
  });
});
