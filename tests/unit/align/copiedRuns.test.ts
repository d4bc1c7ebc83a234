import * as assert from 'node:assert';
import { findCopiedRuns } from '../../../server/src/engine/align/match';
import { corpusOf } from './corpusOf';

const source =
  'The council estimates the repairs will cost £4.2 million and take eight months. A long-term plan for the western breakwater will be published in June.';

describe('findCopiedRuns', () => {
  const corpus = corpusOf({ 'harbour.txt': source });
  const whole = (text: string) => [{ start: 0, end: text.length }];

  it('finds a run of copied words, with its place in the draft and the source', () => {
    const draft = 'Officials say the repairs will cost £4.2 million and take eight months, they told us.';
    const runs = findCopiedRuns(draft, whole(draft), corpus, 8);
    assert.strictEqual(runs.length, 1);
    assert.strictEqual(draft.slice(runs[0].span.start, runs[0].span.end), 'the repairs will cost £4.2 million and take eight months');
    assert.strictEqual(source.slice(runs[0].sourceSpan.start, runs[0].sourceSpan.end), 'the repairs will cost £4.2 million and take eight months');
    assert.strictEqual(runs[0].docId, 'harbour.txt');
  });

  it('extends a run across case, punctuation and the sentence break, as far as the words agree', () => {
    const draft = 'It will TAKE EIGHT MONTHS; a long-term plan for the western breakwater follows.';
    const [run] = findCopiedRuns(draft, whole(draft), corpus, 8);
    assert.strictEqual(draft.slice(run.span.start, run.span.end), 'TAKE EIGHT MONTHS; a long-term plan for the western breakwater');
  });

  it('ignores runs shorter than minWords', () => {
    const draft = 'We hear the repairs will cost £4.2 million, or more.';
    assert.deepStrictEqual(findCopiedRuns(draft, whole(draft), corpus, 8), []);
    assert.strictEqual(findCopiedRuns(draft, whole(draft), corpus, 5).length, 1);
  });

  it('never joins words of two prose spans (a quotation stands between them)', () => {
    const draft = 'the repairs will cost "£4.2 million" and take eight months';
    const prose = [{ start: 0, end: 25 }, { start: 39, end: draft.length }];
    assert.deepStrictEqual(findCopiedRuns(draft, prose, corpus, 8), []);
  });

  it('reports a run once even when two sources hold it', () => {
    const two = corpusOf({ a: source, b: `Reprinted. ${source}` });
    const draft = 'Apparently a long-term plan for the western breakwater will be published in June.';
    const runs = findCopiedRuns(draft, whole(draft), two, 8);
    assert.strictEqual(runs.length, 1);
  });
});
