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

/** Mean milliseconds per call of run over items, repeating the list until at least minMs have passed. */
export function perItem<T>(items: readonly T[], run: (item: T) => void, minMs = 200): number {
  for (const item of items) run(item); // warm-up: compiled code, filled caches
  let calls = 0;
  const start = performance.now();
  do {
    for (const item of items) run(item);
    calls += items.length;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / calls;
}
