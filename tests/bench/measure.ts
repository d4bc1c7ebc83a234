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

/**
 * Milliseconds per call of run over items: the best of several rounds over the whole list, so a pause of a shared
 * machine (other processes, a collection) does not count as the code's time.
 */
export function perItem<T>(items: readonly T[], run: (item: T) => void, rounds = 5): number {
  for (const item of items) run(item); // warm-up: compiled code, filled caches
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const item of items) run(item);
    best = Math.min(best, (performance.now() - start) / items.length);
  }
  return best;
}
