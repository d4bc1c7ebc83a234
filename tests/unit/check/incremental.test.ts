// A re-check reuses what an earlier check found (passages by quote text, copied runs by prose span, Markdown pieces):
// after any edit its result must be exactly that of a check from nothing.

import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../../server/src/engine/check/check';
import { MatchCache } from '../../../server/src/engine/check/matchCache';
import { Corpus } from '../../../server/src/engine/corpus/corpus';
import { formatForPath } from '../../../server/src/engine/formats/index';
import { KGramIndex } from '../../../server/src/engine/index/kgramIndex';
import { corpusFromFolder, repoRoot } from '../../helpers/checkFixture';

const fixturesDir = path.join(repoRoot, 'tests/fixtures/check');

/** Edits a writer makes: a sentence put into a paragraph, a paragraph removed, a quote's word changed, text moved. */
function edits(draft: string): string[] {
  const paragraphs = draft.split('\n\n');
  const middle = Math.floor(paragraphs.length / 2);
  const withSentence = [...paragraphs];
  withSentence[middle] = `A new sentence goes here. ${withSentence[middle]}`;
  const firstQuote = draft.search(/[“"]/);
  return [
    withSentence.join('\n\n'),
    paragraphs.filter((_, i) => i !== middle).join('\n\n'),
    firstQuote >= 0 ? `${draft.slice(0, firstQuote + 1)}changed ${draft.slice(firstQuote + 1)}` : `${draft} More.`,
    [...paragraphs.slice(middle), ...paragraphs.slice(0, middle)].join('\n\n'),
    `Opening words.\n\n${draft}`,
  ];
}

describe('re-checking with a warm cache', () => {
  for (const name of fs.readdirSync(fixturesDir).sort()) {
    const dir = path.join(fixturesDir, name);
    const draftFile = fs.readdirSync(dir).find((f) => f.startsWith('draft.'));
    if (!draftFile) continue;
    it(`${name}: every edit's re-check equals a check from nothing`, () => {
      const draftPath = path.join(dir, draftFile);
      const draft = fs.readFileSync(draftPath, 'utf8');
      const format = formatForPath(draftPath);
      const corpus = corpusFromFolder(path.join(dir, 'sources'));
      const cache = new MatchCache();
      checkDraft(draft, format, corpus, { uncreditedCopyMinWords: 8, cache });
      for (const edited of edits(draft)) {
        const warm = checkDraft(edited, format, corpus, { uncreditedCopyMinWords: 8, cache });
        const fresh = checkDraft(edited, format, corpus, { uncreditedCopyMinWords: 8, cache: new MatchCache() });
        assert.deepStrictEqual(warm, fresh);
      }
    });
  }

  it('finds copied runs again once the corpus changes, and with another shortest run', () => {
    const dir = path.join(fixturesDir, 'harbour-briefing-copying');
    const draftFile = fs.readdirSync(dir).find((f) => f.startsWith('draft.'))!;
    const draft = fs.readFileSync(path.join(dir, draftFile), 'utf8');
    const format = formatForPath(draftFile);
    const corpus = corpusFromFolder(path.join(dir, 'sources'));
    const cache = new MatchCache();
    const copies = (minWords: number) =>
      checkDraft(draft, format, corpus, { uncreditedCopyMinWords: minWords, cache }).findings.filter((f) => f.code === 'uncredited-copy').length;
    const before = copies(8);
    assert.ok(before > 0);
    assert.ok(copies(1000) === 0);
    for (const model of [...corpus.all()]) corpus.delete(model.doc.id);
    assert.strictEqual(copies(8), 0);
  });

  it('credits copied words to the speaker the changed source now gives them, at the same place in it', () => {
    const words = 'the harbour wall will be raised by two metres before the winter storms arrive';
    const source = (speaker: string) => `“${words[0].toUpperCase()}${words.slice(1)},” ${speaker} said on Monday.`;
    const corpus = new Corpus(new KGramIndex());
    corpus.upsert({ id: 'sources/harbour.txt', text: source('Maria Lenz'), format: 'plaintext' });
    const draft = `We learnt that ${words} this year.`;
    const cache = new MatchCache();
    const copy = () => checkDraft(draft, 'plaintext', corpus, { uncreditedCopyMinWords: 8, cache }).findings.find((f) => f.code === 'uncredited-copy');
    assert.match(copy()?.message ?? '', /Maria Lenz's words/);
    corpus.upsert({ id: 'sources/harbour.txt', text: source('Tom Fox'), format: 'plaintext' });
    assert.match(copy()?.message ?? '', /Tom Fox's words/);
  });
});
