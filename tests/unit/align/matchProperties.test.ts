import * as assert from 'node:assert';
import fc from 'fast-check';
import { findPassages } from '../../../server/src/engine/align/match';
import { tokenize } from '../../../server/src/engine/text/tokenize';
import { corpusOf } from './corpusOf';

// Made-up words, so a mutated quote cannot fall on another real passage by chance.
const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'ni', 'pa', 'gre', 'o'];
const vocabulary = syllables.flatMap((a) => syllables.map((b) => a + b));
const word = fc.constantFrom(...vocabulary);
// Words do not repeat within a sentence: in "a a a a" a changed word has no one right place.
const sentence = fc.uniqueArray(word, { minLength: 8, maxLength: 20 }).map((ws) => `${ws.join(' ')}.`);
const article = fc.array(sentence, { minLength: 2, maxLength: 6 }).map((ss) => ss.join(' '));

/** A quote of 6+ words from one sentence of the article, as the article writes it (its own characters). */
const quoted = article.chain((text) => {
  const sentences = text.split('. ').map((s) => s.replace(/\.$/, '').split(' '));
  return fc
    .integer({ min: 0, max: sentences.length - 1 })
    .chain((s) => fc.tuple(fc.constant(text), fc.constant(sentences[s]), fc.integer({ min: 0, max: sentences[s].length - 6 })))
    .chain(([t, ws, start]) => fc.tuple(fc.constant(t), fc.constant(ws.slice(start, start + 6 + ((start * 7) % Math.max(1, ws.length - start - 5))))));
});

const norms = (text: string) => tokenize(text).map((t) => t.norm);

type Mutation = { kind: 'substitute' | 'insert' | 'delete'; at: number; word: string };
const mutation = fc.record({ kind: fc.constantFrom('substitute', 'insert', 'delete'), at: fc.nat(), word: fc.constantFrom('zzq', 'xxv', 'never', 'seven') }) as fc.Arbitrary<Mutation>;

function mutate(words: readonly string[], m: Mutation): string[] {
  const out = [...words];
  // Dropping the first or last word only shortens the quote: still exact, so deletions are inside.
  if (m.kind === 'delete') out.splice(1 + (m.at % (words.length - 2)), 1);
  else if (m.kind === 'insert') out.splice(m.at % (words.length + 1), 0, m.word);
  else out[m.at % words.length] = m.word;
  return out;
}

describe('findPassages properties', () => {
  it('an untouched quote from a source is exact', () => {
    fc.assert(
      fc.property(quoted, ([text, words]) => {
        const [best] = findPassages(words.join(' '), corpusOf({ src: text }), 3);
        assert.ok(best?.exact, words.join(' '));
        assert.strictEqual(best.similarity, 1);
      }),
      { numRuns: 150 },
    );
  });

  it('one substituted, inserted or deleted word is flagged, and applying the fix restores the source wording', () => {
    fc.assert(
      fc.property(quoted, mutation, ([text, words], m) => {
        const corpus = corpusOf({ src: text });
        const draft = mutate(words, m).join(' ');
        // Deleting one of two equal neighbours leaves a quote the source does say.
        fc.pre(!` ${norms(text).join(' ')} `.includes(` ${norms(draft).join(' ')} `));
        const [best] = findPassages(draft, corpus, 3);
        assert.ok(best && !best.exact, `${draft}: ${JSON.stringify(best)}`);
        const fixed = norms(best.fixText).join(' ');
        assert.ok(` ${norms(text).join(' ')} `.includes(` ${fixed} `), `the fix is source wording: ${best.fixText}`);
        // A word added or changed at either end is ambiguous (a changed word, or the writer's own word before the
        // quote starts): the fix may take the source's neighbour or drop it. Anywhere else it is the quote itself.
        const end = m.kind !== 'delete' && [0, words.length - (m.kind === 'insert' ? 0 : 1)].includes(m.at % (words.length + (m.kind === 'insert' ? 1 : 0)));
        if (end) assert.ok(fixed.includes(words.slice(1, -1).join(' ')), `${draft} -> ${best.fixText}`);
        else assert.strictEqual(fixed, words.join(' '), draft);
        assert.ok(findPassages(best.fixText, corpus, 1)[0]?.exact, best.fixText);
        assert.strictEqual(best.meaningChanged, m.word === 'never' || m.word === 'seven' ? m.kind !== 'delete' : false);
      }),
      { numRuns: 300 },
    );
  });

  it('cosmetic changes (case of the first letter, end punctuation, curly marks, line breaks) stay exact', () => {
    fc.assert(
      fc.property(quoted, fc.constantFrom('.', ',', '!', '?', ''), ([text, words], end) => {
        const draft = `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1, 3).join('\n')} ${words.slice(3).join('  ')}${end}`;
        const [best] = findPassages(draft, corpusOf({ src: text }), 3);
        assert.ok(best?.exact, draft);
        assert.strictEqual(best.fixText, draft);
      }),
      { numRuns: 100 },
    );
  });
});
