/**
 * Work that pauses (yields) between pieces of a few milliseconds each, so that a caller with other work to serve (the
 * language server's event loop) can run it in between, or drop it; a caller with nothing else to do runs it through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
