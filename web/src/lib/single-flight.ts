/**
 * Wraps `task` so that concurrent callers share one run: while a run is in flight every call gets
 * the same promise; once it settles (either way) the next call starts a new run.
 */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () => {
    if (inFlight) return inFlight;
    // Started on a microtask, so even a task that throws synchronously settles through `run`.
    const run: Promise<T> = Promise.resolve()
      .then(task)
      .finally(() => {
        if (inFlight === run) inFlight = null;
      });
    inFlight = run;
    return run;
  };
}
