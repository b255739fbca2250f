/**
 * Runs `task` one at a time; a request that arrives while it runs makes it run once more after,
 * so a burst of wake-ups costs at most two runs and none is missed.
 */
export function coalesced(task: () => Promise<void>) {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return { run, idle: () => running ?? Promise.resolve() };
}
