import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Live bytes after a full collection: JS heap plus typed-array and other external memory. */
export function liveBytes(): number {
  collect();
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

export function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** How long perItem first runs the work unmeasured: until V8 has compiled its functions with its optimising tier. */
const WARM_UP_MS = 1000;
/** How long perItem goes on measuring rounds, at least. */
const MEASURE_MS = 1000;

/**
 * Milliseconds per call of run over items, for settled code on a machine to itself: each item's median time over the
 * rounds (at least `rounds`, and as many more as a second holds), averaged over the items.
 * Each call is timed on its own: a call of a matcher takes well under a scheduler's time slice, so on a shared machine
 * most calls run uninterrupted and the median leaves out those a pause of another process (or a collection) fell in;
 * a round over the whole list, as long as several slices, was interrupted in every round on a busy machine.
 * The rounds come after a second of warm-up: V8 optimises a function only after many calls, on a background thread,
 * so on a busy machine a matcher's whole call graph (some 80 functions) takes several hundred calls and as many
 * milliseconds to be compiled; one pass over the items as warm-up measured that tiering (2 to 8 times the settled time,
 * varying with the machine's load), not the code. The first call of everything is timed apart, as a "first" figure.
 */
export function perItem<T>(items: readonly T[], run: (item: T) => void, rounds = 20): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  do for (const item of items) run(item);
  while (performance.now() < warmUntil);
  const times = items.map(() => [] as number[]);
  const measureUntil = performance.now() + MEASURE_MS;
  for (let r = 0; r < rounds || performance.now() < measureUntil; r++) {
    items.forEach((item, i) => {
      const start = performance.now();
      run(item);
      times[i].push(performance.now() - start);
    });
  }
  return times.reduce((sum, t) => sum + median(t), 0) / items.length;
}

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
