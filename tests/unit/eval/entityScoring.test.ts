import * as assert from 'node:assert/strict';
import { cueKind, rightEntity, type GoldQuote } from '../../eval/attribution';

// "“Leave the hat,” he said.": the speaker is an entity the excerpt never names; its mention "he" is at 16–18.
const unnamed: GoldQuote = { start: 1, end: 14, speaker: 'he', speaker_id: 'THE_STRANGE_MAN-0', speaker_mentions_nearby: [{ text: 'he', start: 16, end: 18 }] };
const he = { text: 'he', span: { start: 16, end: 18 } };

describe('eval: speakers scored by entity', () => {
  it('credits the entity\'s own mention when the engine names no one with it', () => {
    assert.ok(rightEntity({ speaker: null, mention: he }, unnamed));
    assert.ok(rightEntity({ speaker: 'he', mention: he }, unnamed));
  });

  it('never credits a name, the narrator or another mention for that entity', () => {
    assert.ok(!rightEntity({ speaker: 'Hall', mention: he }, unnamed));
    assert.ok(!rightEntity({ speaker: 'I', mention: he }, unnamed));
    assert.ok(!rightEntity({ speaker: null, mention: { text: 'she', span: { start: 30, end: 33 } } }, unnamed));
    assert.ok(!rightEntity({ speaker: null, mention: null }, unnamed));
  });

  it('credits the annotators\' description of the entity whatever its determiner, never another description', () => {
    assert.ok(rightEntity({ speaker: 'the strange man', mention: null }, unnamed));
    assert.ok(rightEntity({ speaker: 'the ladies', mention: null }, { ...unnamed, speaker: 'they', speaker_id: 'the_ladies_whose_departure_had_been_fixed-41' }));
    assert.ok(!rightEntity({ speaker: 'the man', mention: null }, { ...unnamed, speaker_id: 'The_first_man_who_came_in-38' }));
    assert.ok(!rightEntity({ speaker: 'the stranger', mention: null }, unnamed));
  });

  it('scores a named speaker by name only, as spk|ext does', () => {
    const named: GoldQuote = { ...unnamed, speaker: 'Mrs. Hall', speaker_id: 'Mrs._Hall-3' };
    assert.ok(rightEntity({ speaker: 'Mrs. Hall', mention: he }, named));
    assert.ok(!rightEntity({ speaker: null, mention: he }, named));
  });
});

describe('eval: the kind of mention a speaker came from', () => {
  it('tells names, descriptions, pronouns and turns with no clause apart', () => {
    assert.equal(cueKind({ text: 'Ruiz' }), 'name');
    assert.equal(cueKind({ text: 'Canon Whitlow' }), 'name');
    assert.equal(cueKind({ text: 'the minister' }), 'description');
    assert.equal(cueKind({ text: 'My aunt' }), 'description');
    assert.equal(cueKind({ text: 'One Treasury official' }), 'description');
    assert.equal(cueKind({ text: 'She' }), 'pronoun');
    assert.equal(cueKind({ text: 'I' }), 'pronoun');
    assert.equal(cueKind(null), 'none');
  });
});
