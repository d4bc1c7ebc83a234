import * as assert from 'node:assert';
import { analyzeDocument } from '../../../server/src/engine/analyze';

const innerSpeakers = (text: string) => analyzeDocument(text, 'plaintext').quotations.filter((q) => q.depth === 1).map((q) => q.attribution.speaker);

// A they retold inside a quotation is the group of people the words before it last made a subject: in the narration
// just before the quotation or in the quotation's own words, named with "the" as the text names them.
describe('a they speaking inside a quotation', () => {
  it('is the group the sentence before reported as a subject, a bare plural named with "the"', () => {
    const text = [
      'Omar Selk, 70, reached the camp on foot. He said guards had taken his van at the river.',
      '"They said, \'The van is ours now, go,\' and so we went," Selk said.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(innerSpeakers(text), ['the guards']);
  });

  it('is the group a sentence a little further back made its subject, not a plural object', () => {
    const text = [
      'Vera Holt, 81, still lives above the bakery. The volunteers bring the neighbours soup every Friday. Holt is fond of them.',
      '"Every week they tell me, \'You should move in with your son,\' and every week I say no," she says.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(innerSpeakers(text), ['the volunteers']);
  });

  it('is the group the quotation\'s own words brought up', () => {
    const text = 'Ruth Amble runs the shelter. "The inspectors came at noon. They said, \'This roof has to go,\'" Amble said.\n';
    assert.deepStrictEqual(innerSpeakers(text), ['the inspectors']);
  });
});
