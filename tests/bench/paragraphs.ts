import { performance } from 'node:perf_hooks';
import { attributeQuotations } from '../../server/src/engine/attribution/attribute';
import { proseView } from '../../server/src/engine/formats/index';
import { scanQuotations } from '../../server/src/engine/quotes/scan';
import { timed } from './measure';

// Attribution of thousands of quotations held in one paragraph (a pasted transcript, a generated file) against the
// same quotations one paragraph each: the two figures should be alike, and alike at every size (work per quotation
// that grew with the paragraph made 8,000 quotations of one paragraph take 17 s; a walk back from each role tag to the
// text's start made 8,000 tagged lines take 7.5 s), and of thousands of title-case heading lines before a story's
// body. Part of `npm run bench`; alone:
// `node out/tests/bench/paragraphs.js [sizes…]`.

interface Shape {
  readonly line: (i: number) => string;
  /** Text after the lines, its own paragraphs: a story's body under thousands of heading lines. */
  readonly after?: string;
}

/** Varied title-case headlines, some naming people, some bylines, most holding a short quotation. */
const HEADLINES = [
  (i: number) => `Minister Saltveit-Mora Urges Patience Over “Endless Crunch ${i}”`,
  (i: number) => `By Tomas Reile ${i}`,
  (i: number) => `Harbour Plan Vote Delayed Again as Board Hails “Fresh Start ${i}”`,
  (i: number) => `After the Storm, Quillfeather-Obi Signals Caution on “Last Chance ${i}”`,
  (i: number) => `Chapter ${i}: The Long Road to the Rail Link`,
];

const SHAPES: Record<string, Shape> = {
  '"…," he said. (no one named)': { line: (i) => `"The figure was ${i} last year," he said.` },
  // Each quotation asks for the last clause its sentence joined by "and" (a walk back over every "and" from each made
  // 4,000 quotations take 2.5 s).
  'inside one sentence without a stop': { line: (i) => `He called it "item ${i} of the list" and went on` },
  '“…,” he said, “…” (split)': { line: (i) => `“The figure was ${i} last year,” he said, “and it will grow.”` },
  // A role tag reads back to the noun's earlier uses ("the diplomat" to "a senior diplomat").
  '"…," the captain said. (a role)': { line: (i) => `"The figure was ${i} last year," the captain said.` },
  // Each heading's name is read against the body's capitals (a walk of the body per name made 8,000 heading lines
  // take 7 s), and a sentence that never stops is walked to its end from each quotation.
  'title-case heading lines, then a body': {
    line: (i) => HEADLINES[i % HEADLINES.length](i),
    after: 'Harbour master Ingrid Saltveit-Mora urged patience on Tuesday. “We will wait,” Saltveit-Mora said.\n\n' +
      'Her deputy, Ola Quillfeather-Obi, was less sure. “Nobody has the money,” he said.',
  },
};
/** Warm runs timed for each figure: the best is kept, a shared machine's pauses are not the code's time. */
const ROUNDS = 3;
/** How long each text is attributed unmeasured first, so that V8 has compiled the code with its optimising tier. */
const WARM_UP_MS = 1000;
const MB = 1024 * 1024;

/** Attribution's speed (MB/s) on `n` quotations of one shape, in one paragraph or one paragraph each. */
function attributionSpeed(shape: Shape, n: number, separator: string): number {
  const text = Array.from({ length: n }, (_, i) => shape.line(i)).join(separator) + (shape.after ? `\n\n${shape.after}` : '');
  const view = proseView(text, 'plaintext');
  const { quotations } = scanQuotations(view);
  const warmUntil = performance.now() + WARM_UP_MS;
  do attributeQuotations(view, quotations);
  while (performance.now() < warmUntil);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) best = Math.min(best, timed(() => attributeQuotations(view, quotations))[1]);
  return text.length / MB / (best / 1000);
}

/** One line per shape and size: attribution's MB/s with the quotations in one paragraph, and one paragraph each. */
export function benchParagraphs(sizes: readonly number[]): void {
  console.log('\nAttribution (MB/s, warm, best of 3): quotations in one paragraph | one paragraph each');
  const width = Math.max(...Object.keys(SHAPES).map((name) => name.length));
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const n of sizes) {
      const one = attributionSpeed(shape, n, ' ');
      const spread = attributionSpeed(shape, n, '\n\n');
      console.log(`  ${name.padEnd(width)}  ${n.toLocaleString('en-GB').padStart(6)} lines: ${one.toFixed(1).padStart(5)} | ${spread.toFixed(1).padStart(5)}`);
    }
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  benchParagraphs(sizes.length > 0 ? sizes : [2000, 8000]);
}
