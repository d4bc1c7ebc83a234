import { findPassages } from '../../server/src/engine/align/match';
import { attributeQuotations } from '../../server/src/engine/attribution/attribute';
import { checkDraft } from '../../server/src/engine/check/check';
import { MatchCache } from '../../server/src/engine/check/matchCache';
import { withSettledFixes } from '../../server/src/engine/check/settledFixes';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { proseView } from '../../server/src/engine/formats/index';
import { KGramIndex } from '../../server/src/engine/index/kgramIndex';
import { scanQuotations } from '../../server/src/engine/quotes/scan';
import { tokenize } from '../../server/src/engine/text/tokenize';
import { fuseOverSentences, matchMainPerDocument, naiveTrigramMap } from './baselines';
import { type Article, draftOf, generateCorpus, type Label, type LabelledQuote, labelledQuotes } from './generate';
import { liveBytes, perItem, timed } from './measure';
import { benchParagraphs } from './paragraphs';
import { measureStartup } from './startup';

// npm run bench [-- --quick]: index, matcher and checker on generated corpora of 100, 2,000 and 20,000 articles,
// against fuse.js, diff-match-patch and a plain 3-gram Map on the same quotes, and the server's start on each corpus
// (cold and warm index cache), and attribution of thousands of quotations in one paragraph against one paragraph each
// (paragraphs.ts). Deterministic inputs; times vary. Per-call figures (perItem) are for settled code: a
// second of warm-up, then each call timed on its own over 20 rounds or more, its median taken; those timed on first
// use say "first".

const quick = process.argv.includes('--quick');
const SIZES = quick ? [100, 2000] : [100, 2000, 20000];
/** Time the slow alternatives get per size; what they did not reach is extrapolated. */
const BITAP_BUDGET_MS = 15000;
const BITAP_MAX_ARTICLES = 2000;

const norms = (text: string) => tokenize(text).map((t) => t.norm);
const MB = 1024 * 1024;
type Row = Record<string, string>;
const rows = new Map<string, Row>();
const put = (metric: string, size: number, value: string) => {
  const row = rows.get(metric) ?? rows.set(metric, {}).get(metric)!;
  row[String(size)] = value;
  console.error(`  ${metric}: ${value}`);
};
const fixed = (x: number, digits = 2) => x.toFixed(digits);

function contains(haystack: readonly string[], needle: readonly string[]): boolean {
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

function benchSize(n: number): { articles: readonly Article[]; draft: string } {
  console.error(`\n== ${n} articles`);
  const world = generateCorpus(n);
  const { articles } = world;
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);
  put('source text (MB)', n, fixed(bytes / MB, 1));
  put('source words (M)', n, fixed(words / 1e6, 2));

  const quotes = labelledQuotes(world, 100);
  benchIndex(n, articles, bytes, quotes);
  benchNaive(n, articles, bytes, quotes);

  // The full corpus (analysis of every source + index), matching and checking.
  const corpusBefore = liveBytes();
  const corpus = new Corpus(new KGramIndex());
  const [, corpusMs] = timed(() => {
    for (const a of articles) corpus.upsert({ id: a.id, text: a.text, format: 'plaintext' });
    corpus.retriever.search(['flush'], 1);
  });
  put('corpus build, analysis + index (MB/s)', n, fixed(bytes / MB / (corpusMs / 1000), 1));
  put('corpus memory (× source)', n, fixed((liveBytes() - corpusBefore) / bytes));

  put('findPassages, per quote (ms)', n, fixed(perItem(quotes, (q) => findPassages(q.text, corpus, 4)), 3));
  const verdicts = grade(quotes, corpus);
  for (const [label, result] of verdicts.byLabel) put(`findPassages accuracy: ${label}`, n, result);
  put('findPassages: fix restores the original (edited)', n, verdicts.restored);
  put('similarity of edited quotes (min / mean)', n, verdicts.similarity);

  const draft = draftOf(world, quotes);
  // Attribution alone (the slowest analysis stage), on the draft's prose and quotations, with warm code (five calls
  // per round: its first calls run before the JIT has compiled it).
  const view = proseView(draft, 'markdown');
  const found = scanQuotations(view).quotations;
  const calls = new Array(5).fill(view);
  put('attribution, draft, warm (MB/s)', n, fixed(draft.length / MB / (perItem(calls, (v) => attributeQuotations(v, found), 10) / 1000), 1));
  const check = (text: string, cache: MatchCache) => checkDraft(text, 'markdown', corpus, { uncreditedCopyMinWords: 8, cache });
  const [result, checkMs] = timed(() => check(draft, new MatchCache()));
  put('checkDraft, 5,000-word draft, 100 quotes, first (ms)', n, fixed(checkMs, 1));
  // Warm figures are the best of five rounds, as perItem takes them: a shared machine's pauses are not the code's time.
  put('checkDraft, same, warm code, empty cache (ms)', n, fixed(perItem([draft], (text) => check(text, new MatchCache()), 5), 1));
  put('checkDraft: quotes reported', n, String(result.quotes.length));
  // Each round edits the middle paragraph anew (nothing of the edit is remembered from an earlier round), on a cache
  // that has seen the draft before the edit.
  const paragraph = draft.indexOf('\n\n', draft.length / 2) + 2;
  const cache = new MatchCache();
  check(draft, cache);
  let round = 0;
  const recheckMs = perItem([draft], (text) => check(`${text.slice(0, paragraph)}Edited words here, round ${round++}. ${text.slice(paragraph)}`, cache), 5);
  put('checkDraft re-check after a paragraph edit (ms)', n, fixed(recheckMs, 1));
  // Every fix is tried (applied, the draft re-checked) before it is offered: a code action's wait, a CLI report's cost.
  const fixes = result.findings.reduce((k, f) => k + f.fixes.length, 0);
  const [, tryMs] = timed(() => withSettledFixes({ text: draft, format: 'markdown', corpus, options: { uncreditedCopyMinWords: 8, cache } }, result.findings));
  put('fixes of the draft, each tried before it is offered', n, String(fixes));
  put('trying a fix: apply and re-check, per fix (ms)', n, fixed(tryMs / Math.max(1, fixes), 1));

  // The Bitap alternatives scan everything for every quote: they are timed within a budget and extrapolated, and
  // beyond BITAP_MAX_ARTICLES on a slice of the corpus, scaled up (their time is linear in the text scanned).
  const slice = articles.slice(0, BITAP_MAX_ARTICLES);
  const scale = articles.length / slice.length;
  for (const make of [fuseOverSentences, matchMainPerDocument]) {
    const [locator, buildMs] = timed(() => make(slice));
    const asked: LabelledQuote[] = [];
    const answers: (string | null)[] = [];
    const [, runMs] = timed(() => {
      const start = Date.now();
      for (const q of quotes) {
        if (asked.length > 0 && Date.now() - start > BITAP_BUDGET_MS) break;
        asked.push(q);
        answers.push(locator.locate(q.text));
      }
    });
    const perQuote = (runMs / asked.length) * scale;
    const how = [asked.length < quotes.length ? `from ${asked.length} quotes` : '', scale > 1 ? `on ${slice.length} articles ×${scale}` : ''].filter(Boolean);
    const note = how.length > 0 ? ` (extrapolated ${how.join(', ')})` : '';
    put(`${locator.name}: setup (ms)`, n, fixed(buildMs * scale, 0) + (scale > 1 ? ' (extrapolated)' : ''));
    put(`${locator.name}: per quote (ms)`, n, fixed(perQuote, 1) + note);
    put(`${locator.name}: 100 quotes (s)`, n, fixed((perQuote * 100) / 1000, 1) + note);
    put(`${locator.name}: accuracy`, n, scale > 1 ? 'n/a (slice)' : score(asked, answers, articles));
  }
  return { articles, draft };
}

/** The language server's start on the corpus as files, with an empty and with a warm index cache. */
async function benchStartup(n: number, articles: readonly Article[], draft: string): Promise<void> {
  const { cold, warm } = await measureStartup(articles, draft);
  for (const [name, figures] of [['cold', cold], ['warm', warm]] as const) {
    put(`server start → first diagnostics, ${name} cache (ms)`, n, fixed(figures.firstMs, 0));
    put(`server start → complete diagnostics, ${name} cache (ms)`, n, fixed(figures.completeMs, 0));
    // What a slow start spent: the server's CPU, this process's CPU meanwhile, and an early check if the server made one.
    put(`server start, ${name} cache: server CPU / bench CPU (ms)`, n, `${fixed(figures.cpuMs, 0)} / ${fixed(figures.parentCpuMs, 0)}`);
    put(`server start, ${name} cache: early check`, n, figures.early ? (/(\d+) of \d+ files/.exec(figures.early)?.[0] ?? 'yes') : 'no');
  }
  put('server start, warm cache: sources re-indexed', n, /(\d+) indexed/.exec(warm.loaded)?.[1] ?? '?');
}

/** The index on its own: tokenize, then index; search; re-index one edited source. */
function benchIndex(n: number, articles: readonly Article[], bytes: number, quotes: readonly LabelledQuote[]): void {
  const [tokenized, tokenizeMs] = timed(() => articles.map((a) => norms(a.text)));
  const before = liveBytes();
  const index = new KGramIndex();
  const [, indexMs] = timed(() => {
    articles.forEach((a, i) => index.set(a.id, tokenized[i]));
    index.search(['flush'], 1);
  });
  const indexBytes = liveBytes() - before;
  put('index build, from words (MB/s)', n, fixed(bytes / MB / (indexMs / 1000), 1));
  put('tokenize + index build (MB/s)', n, fixed(bytes / MB / ((indexMs + tokenizeMs) / 1000), 1));
  put('index memory, live delta (× source)', n, fixed(indexBytes / bytes));
  put('index memory, typed arrays (× source)', n, fixed(index.byteSize / bytes));

  const quoteWords = quotes.map((q) => norms(q.text));
  put('index search, per quote (ms)', n, fixed(perItem(quoteWords, (w) => index.search(w, 16)), 4));
  const located = quotes.filter((q, i) => q.original && index.search(quoteWords[i], 16).some((h) => contains(tokenized[Number(h.docId.slice(1, 6))], q.original!)));
  put('index: present quotes with source in top 16', n, `${located.length}/${quotes.filter((q) => q.original).length}`);
  const edit = articles[Math.floor(n / 2)];
  const [, editMs] = timed(() => {
    index.set(edit.id, norms(`${edit.text} one more edited sentence`));
    index.search(['flush'], 1);
  });
  put('index: re-index one edited source (ms)', n, fixed(editMs));

}

/** The plain 3-gram Map alternative: build, memory, queries. */
function benchNaive(n: number, articles: readonly Article[], bytes: number, quotes: readonly LabelledQuote[]): void {
  const naive = naiveTrigramMap(articles, norms);
  const naiveBefore = liveBytes();
  const [, naiveMs] = timed(() => naive.build());
  put('3-gram Map build (MB/s)', n, fixed(bytes / MB / (naiveMs / 1000), 1));
  put('3-gram Map memory (× source)', n, fixed((liveBytes() - naiveBefore) / bytes));
  put('3-gram Map locate, per quote (ms)', n, fixed(perItem(quotes, (q) => naive.locate(q.text)), 4));
  put('3-gram Map accuracy', n, score(quotes, quotes.map((q) => naive.locate(q.text)), articles));

}

/** Right answers out of asked: a present quote located in a document holding its words, an absent one not located. */
function score(quotes: readonly LabelledQuote[], answers: readonly (string | null)[], articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const right = quotes.filter((q, i) => {
    const id = answers[i];
    return q.original === null ? id === null : id !== null && contains(norms(byId.get(id)!.text), q.original);
  });
  return `${right.length}/${quotes.length}`;
}

function grade(quotes: readonly LabelledQuote[], corpus: Corpus) {
  const tally = new Map<Label, [number, number]>();
  let restored = 0;
  let editedCount = 0;
  const similarities: number[] = [];
  for (const q of quotes) {
    const [best] = findPassages(q.text, corpus, 4);
    let right: boolean;
    if (q.original === null) right = best === undefined;
    else if (q.label === 'edited') {
      editedCount++;
      right = best !== undefined && !best.exact && findPassages(best.fixText, corpus, 1)[0]?.exact === true;
      if (best) similarities.push(best.similarity);
      if (best && norms(best.fixText).join(' ') === q.original.join(' ')) restored++;
    } else {
      const text = best && corpus.get(best.docId)!.doc.text.slice(best.span.start, best.span.end);
      right = best?.exact === true && norms(text!).join(' ') === q.original.join(' ');
    }
    const [r, all] = tally.get(q.label) ?? [0, 0];
    tally.set(q.label, [r + (right ? 1 : 0), all + 1]);
  }
  const mean = similarities.reduce((a, b) => a + b, 0) / Math.max(1, similarities.length);
  return {
    byLabel: [...tally].map(([label, [r, all]]) => [label, `${r}/${all}`] as const),
    restored: `${restored}/${editedCount}`,
    similarity: similarities.length ? `${fixed(Math.min(...similarities))} / ${fixed(mean)}` : '-',
  };
}

function printTable(): void {
  const header = ['metric', ...SIZES.map((s) => `${s} articles`)];
  const body = [...rows].map(([metric, row]) => [metric, ...SIZES.map((s) => row[String(s)] ?? '-')]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of body) console.log(line(r));
}

function printGrowth(): void {
  const first = String(SIZES[0]);
  const last = String(SIZES[SIZES.length - 1]);
  console.log(`\nGrowth from ${first} to ${last} articles (×${Number(last) / Number(first)} text):`);
  for (const metric of ['index search, per quote (ms)', 'findPassages, per quote (ms)', 'checkDraft, same, warm code, empty cache (ms)', 'index memory, live delta (× source)', 'index build, from words (MB/s)']) {
    const row = rows.get(metric);
    if (!row) continue;
    console.log(`  ${metric}: ${row[first]} → ${row[last]} (×${fixed(parseFloat(row[last]) / parseFloat(row[first]))})`);
  }
}

async function main(): Promise<void> {
  for (const n of SIZES) {
    const { articles, draft } = benchSize(n);
    await benchStartup(n, articles, draft);
  }
  printTable();
  printGrowth();
  benchParagraphs([2000, 8000]);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
