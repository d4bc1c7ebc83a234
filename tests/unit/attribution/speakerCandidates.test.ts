import * as assert from 'node:assert';
import { quotationsOf } from '../../helpers/attributionText';
import { FEATURES, candidatesOf } from '../../eval/speakerCandidates';
import type { ProseView } from '../../../server/src/engine/types';

// The ranker experiment's candidates (tests/eval/speakerCandidates.ts): for an uncued turn of a two-person exchange,
// the engine's answer, the one who spoke two turns back (alternation) and the one just named are all candidates,
// with the features that say so.
describe('speaker candidates for the ranker experiment', () => {
  const text = [
    'Orla Venn set the kettle down. "You came back," she said.',
    '"I said I would," Tomas Reilly answered.',
    '"You say a lot of things."',
    '"Only to you."',
  ].join('\n');
  const view: ProseView = { original: text, text, format: 'plaintext', utterances: [] };
  const { ranked } = candidatesOf(view, quotationsOf(text));
  const feature = (q: number, speaker: string, name: string) => {
    const c = ranked[q].candidates.find((x) => x.speaker === speaker);
    assert.ok(c, `${speaker} is a candidate of quotation ${q}`);
    return c.features[FEATURES.indexOf(name)];
  };

  it('lists the engine answer first, and the earlier speakers beside it', () => {
    assert.strictEqual(ranked.length, 4);
    assert.strictEqual(ranked[2].cue, 'none');
    assert.strictEqual(ranked[2].candidates[ranked[2].engine].speaker, 'Orla Venn');
    assert.deepStrictEqual(new Set(ranked[2].candidates.map((c) => c.speaker)), new Set(['Orla Venn', 'Tomas Reilly']));
  });

  it('marks the alternating speaker and the one just before', () => {
    assert.strictEqual(feature(2, 'Orla Venn', 'prev2Alternates'), 1);
    assert.strictEqual(feature(2, 'Orla Venn', 'prev1'), 0);
    assert.strictEqual(feature(2, 'Tomas Reilly', 'prev1'), 1);
    // The cue kind crosses each feature: an uncued turn's alternation is its own weight.
    assert.strictEqual(feature(2, 'Orla Venn', 'prev2Alternates|none'), 1);
    assert.strictEqual(feature(2, 'Orla Venn', 'prev2Alternates|name'), 0);
  });

  it('marks a pronoun cue agreeing with the candidate’s sex', () => {
    assert.strictEqual(ranked[0].cue, 'pronoun');
    assert.strictEqual(feature(0, 'Orla Venn', 'genderAgrees'), 1);
  });
});
