import { describe, expect, it, vi } from "vitest";
import { singleFlight } from "./single-flight";

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("singleFlight", () => {
  it("gives concurrent callers one shared run", async () => {
    const gate = deferred<string>();
    const task = vi.fn(() => gate.promise);
    const run = singleFlight(task);

    const calls = [run(), run(), run()];
    gate.resolve("tokens");

    expect(await Promise.all(calls)).toEqual(["tokens", "tokens", "tokens"]);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("starts a new run once the previous one settled", async () => {
    let n = 0;
    const run = singleFlight(async () => ++n);
    expect(await run()).toBe(1);
    expect(await run()).toBe(2);
  });

  it("shares a failure with every waiting caller, then lets the next call try again", async () => {
    const gate = deferred<string>();
    const task = vi.fn(() => gate.promise);
    const run = singleFlight(task);

    const calls = [run(), run()];
    gate.reject(new Error("refused"));
    for (const call of calls) await expect(call).rejects.toThrow("refused");

    task.mockResolvedValueOnce("second");
    expect(await run()).toBe("second");
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("treats a task that throws synchronously as a failed run", async () => {
    const run = singleFlight<string>(() => {
      throw new Error("boom");
    });
    await expect(run()).rejects.toThrow("boom");
    await expect(run()).rejects.toThrow("boom");
  });
});
