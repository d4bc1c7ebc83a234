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
/** How long perItem goes on measuring rounds, at least: on a shared machine, long enough to meet a quiet moment. */
const MEASURE_MS = 1000;

/**
 * Milliseconds per call of run over items: the best of several rounds over the whole list (at least `rounds`, and as
 * many more as a second holds), so a pause of a shared machine (other processes, a collection) does not count as the
 * code's time. The rounds come after a second of warm-up: V8 optimises a function only after many calls, on a
 * background thread, so on a busy machine a matcher's whole call graph (some 80 functions) takes several hundred calls
 * and as many milliseconds to be compiled; one pass over the items as warm-up measured that tiering (2 to 8 times the
 * settled time, varying with the machine's load), not the code. The first call of everything is timed apart, as a
 * "first" figure where it matters.
 */
export function perItem<T>(items: readonly T[], run: (item: T) => void, rounds = 20): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  do for (const item of items) run(item);
  while (performance.now() < warmUntil);
  let best = Infinity;
  const measureUntil = performance.now() + MEASURE_MS;
  for (let r = 0; r < rounds || performance.now() < measureUntil; r++) {
    const start = performance.now();
    for (const item of items) run(item);
    best = Math.min(best, (performance.now() - start) / items.length);
  }
  return best;
}
