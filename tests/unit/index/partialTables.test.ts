import * as assert from 'node:assert';
import fc from 'fast-check';
import { checkDraft } from '../../../server/src/engine/check/check';
import { MatchCache } from '../../../server/src/engine/check/matchCache';
import { Corpus } from '../../../server/src/engine/corpus/corpus';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';

// Tables are built when first needed: searches announced by prepare are served from partial tables gathered for them,
// anything else builds the tables in full first. Either way every answer must be the one full tables give.

const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const doc = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 50 });
const query = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 9 });

function indexOf(docs: readonly string[][], cap: number): KGramIndex {
  const index = new KGramIndex({ commonGramCap: cap });
  docs.forEach((d, i) => index.set(`d${i}`, d));
  return index;
}

describe('index tables built when first needed', () => {
  it('property: a readied index answers announced and other searches as a fully built one, building in full only for the others', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 10 }), fc.array(query, { maxLength: 6 }), fc.array(query, { maxLength: 3 }), fc.integer({ min: 1, max: 12 }), (docs, announced, others, cap) => {
        const full = indexOf(docs, cap);
        full.complete();
        const readied = indexOf(docs, cap);
        readied.prepare(() => announced);
        for (const q of announced) assert.deepStrictEqual(readied.search(q, 20), full.search(q, 20), `announced ${q.join(' ')}`);
        assert.strictEqual(readied.completed, false, 'announced searches need no full build');
        for (const q of others) assert.deepStrictEqual(readied.search(q, 20), full.search(q, 20), `other ${q.join(' ')}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a second announcement needing more builds in full; one needing nothing new does not', () => {
    const index = indexOf([['a', 'b', 'c', 'd'], ['c', 'd', 'e', 'f']], 10);
    index.prepare(() => [['a', 'b', 'c']]);
    index.prepare(() => [['a', 'b', 'c']]);
    assert.strictEqual(index.completed, false);
    index.prepare(() => [['d', 'e', 'f']]);
    assert.strictEqual(index.completed, true);
    assert.strictEqual(index.search(['d', 'e', 'f'], 3)[0]?.docId, 'd1');
    let asked = 0;
    index.prepare(() => (asked++, [['x', 'y', 'z']]));
    assert.strictEqual(asked, 0, 'a complete index does not ask for the searches');
  });

  it('property: the tables a cache keeps are the full ones, whatever was gathered before', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), fc.array(query, { maxLength: 4 }), (docs, announced) => {
        const full = indexOf(docs, 128);
        const readied = indexOf(docs, 128);
        readied.prepare(() => announced);
        for (const q of announced) readied.search(q, 5);
        assert.deepStrictEqual(readied.tables(), full.tables());
      }),
      { numRuns: 100 },
    );
  });

  it('builds the full tables a step at a time, serving searches in between, and a search needing more finishes the build', () => {
    // Enough words for the build to take many steps (each handles STEP_ELEMENTS).
    const docs = Array.from({ length: 400 }, (_, d) => Array.from({ length: 2000 }, (_, i) => `w${(d * 31 + i * 7) % 5003}`));
    const full = indexOf(docs, 128);
    full.complete();
    const stepped = indexOf(docs, 128);
    const announced = [docs[5].slice(100, 110), docs[300].slice(7, 9)];
    stepped.prepare(() => announced);
    const steps = stepped.completeInSteps();
    let taken = 0;
    for (; taken < 5; taken++) {
      assert.strictEqual(steps.next().done, false, 'the build is under way');
      for (const q of announced) assert.deepStrictEqual(stepped.search(q, 10), full.search(q, 10));
    }
    assert.strictEqual(stepped.completed, false);
    const other = docs[42].slice(500, 520);
    assert.deepStrictEqual(stepped.search(other, 10), full.search(other, 10));
    assert.strictEqual(stepped.completed, true, 'the search finished the build');
    assert.strictEqual(steps.next().done, true);
    assert.deepStrictEqual(stepped.tables(), full.tables());
  });

  it('a check announces its searches: it runs on partial tables and finds what a fully built index finds', () => {
    const sources = [
      'The mayor said: "The bridge will reopen in the spring, and not a day later." Residents were sceptical.',
      'Engineers found cracks in two of the piers last winter. "We will not cut corners," the chief engineer said.',
      'The council met on Tuesday to discuss the budget for the coming year and the repairs to the eastern pier.',
    ];
    const draft =
      'The mayor promised that "the bridge will reopen in the summer, and not a day later." The chief engineer added: "We will not cut corners." ' +
      'The council met on Tuesday to discuss the budget for the coming year and the repairs to the eastern pier.';
    const check = (complete: boolean) => {
      const index = new KGramIndex();
      const corpus = new Corpus(index);
      sources.forEach((text, i) => corpus.upsert({ id: `s${i}.txt`, text, format: 'plaintext' }));
      if (complete) index.complete();
      const result = checkDraft(draft, 'plaintext', corpus, { uncreditedCopyMinWords: 8, cache: new MatchCache() });
      return { result, completed: index.completed };
    };
    const lazy = check(false);
    const built = check(true);
    assert.deepStrictEqual(lazy.result, built.result);
    assert.deepStrictEqual(
      lazy.result.findings.map((f) => f.code).sort(),
      ['misquote', 'uncredited-copy'],
      JSON.stringify(lazy.result.findings.map((f) => [f.code, f.message])),
    );
    assert.strictEqual(lazy.completed, false, 'the check needed no full build');
  });
});
