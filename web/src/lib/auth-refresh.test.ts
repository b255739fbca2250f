import { describe, expect, it, vi } from "vitest";
import {
  createRefresher,
  type RefresherDeps,
  type RetryPolicy,
  type Subscribable,
  type TokenPair,
  withRefresh,
} from "./auth-refresh";

const statusOf = (error: unknown) =>
  error instanceof Error && "status" in error && typeof error.status === "number" ? error.status : null;

function httpError(status: number) {
  return Object.assign(new Error(`HTTP ${status}`), { status });
}

/** A browser-like token store: the refresh token rotates on every exchange. */
function tokenStore(initial: string | null) {
  const state = { refreshToken: initial, accessToken: null as string | null, ended: false };
  const deps: RefresherDeps = {
    exchange: vi.fn(async (refreshToken: string): Promise<TokenPair> => {
      await Promise.resolve();
      return { accessToken: `at-for-${refreshToken}`, refreshToken: `${refreshToken}+1` };
    }),
    readRefreshToken: () => state.refreshToken,
    onRefreshed: (tokens) => {
      state.accessToken = tokens.accessToken;
      state.refreshToken = tokens.refreshToken;
    },
    onEnded: () => {
      state.ended = true;
      state.refreshToken = null;
    },
    statusOf,
  };
  return { state, deps };
}

describe("createRefresher", () => {
  it("exchanges the refresh token once for any number of concurrent callers", async () => {
    const { state, deps } = tokenStore("rt1");
    const refresh = createRefresher(deps);

    const outcomes = await Promise.all([refresh(), refresh(), refresh(), refresh()]);

    expect(outcomes).toEqual(["refreshed", "refreshed", "refreshed", "refreshed"]);
    expect(deps.exchange).toHaveBeenCalledTimes(1);
    expect(deps.exchange).toHaveBeenCalledWith("rt1");
    expect(state).toMatchObject({ accessToken: "at-for-rt1", refreshToken: "rt1+1", ended: false });
  });

  it("uses the newest stored token for a later refresh (rotation, never a replay)", async () => {
    const { deps } = tokenStore("rt1");
    const refresh = createRefresher(deps);
    await refresh();
    await refresh();
    expect(vi.mocked(deps.exchange).mock.calls).toEqual([["rt1"], ["rt1+1"]]);
  });

  it("ends the session when the server refuses the refresh token", async () => {
    const { state, deps } = tokenStore("rt-revoked");
    deps.exchange = vi.fn().mockRejectedValue(httpError(401));
    const refresh = createRefresher(deps);

    expect(await Promise.all([refresh(), refresh()])).toEqual(["ended", "ended"]);
    expect(state.ended).toBe(true);
    expect(deps.exchange).toHaveBeenCalledTimes(1);
  });

  it("keeps the session when the server cannot be reached or is failing", async () => {
    for (const error of [new TypeError("Failed to fetch"), httpError(503), httpError(429)]) {
      const { state, deps } = tokenStore("rt1");
      deps.exchange = vi.fn().mockRejectedValue(error);
      expect(await createRefresher(deps)()).toBe("unavailable");
      expect(state).toMatchObject({ ended: false, refreshToken: "rt1" });
    }
  });

  it("ends the session without calling the server when no refresh token is left", async () => {
    const { state, deps } = tokenStore(null);
    expect(await createRefresher(deps)()).toBe("ended");
    expect(deps.exchange).not.toHaveBeenCalled();
    expect(state.ended).toBe(true);
  });

  it("runs the exchange inside the cross-tab lock", async () => {
    const { deps } = tokenStore("rt1");
    const order: string[] = [];
    deps.withLock = async (task) => {
      order.push("lock");
      const result = await task();
      order.push("unlock");
      return result;
    };
    const exchange = deps.exchange;
    deps.exchange = async (token) => {
      order.push("exchange");
      return exchange(token);
    };
    await createRefresher(deps)();
    expect(order).toEqual(["lock", "exchange", "unlock"]);
  });
});

type Result = { value: string };

/** A call that answers from a script: each send takes the next answer (value or error). */
function scriptedCall(answers: Array<string | Error>) {
  const sends = vi.fn();
  const send = (): Subscribable<Result, Error> => ({
    subscribe(observer) {
      sends();
      const answer = answers.shift();
      queueMicrotask(() => {
        if (answer instanceof Error) observer.error?.(answer);
        else {
          observer.next?.({ value: answer ?? "" });
          observer.complete?.();
        }
      });
      return { unsubscribe: () => undefined };
    },
  });
  return { send, sends };
}

function run(source: Subscribable<Result, Error>): Promise<string> {
  return new Promise((resolve, reject) => {
    source.subscribe({ next: (result) => resolve(result.value), error: reject });
  });
}

function policy(overrides: Partial<RetryPolicy<Error>> = {}): RetryPolicy<Error> {
  return {
    eligible: true,
    refreshFirst: () => false,
    canRefresh: () => true,
    isUnauthorized: (error) => statusOf(error) === 401,
    refresh: vi.fn(async () => "refreshed" as const),
    ...overrides,
  };
}

describe("withRefresh", () => {
  it("refreshes on 401 and retries the call once", async () => {
    const call = scriptedCall([httpError(401), "members"]);
    const rules = policy();
    expect(await run(withRefresh(call.send, rules))).toBe("members");
    expect(rules.refresh).toHaveBeenCalledTimes(1);
    expect(call.sends).toHaveBeenCalledTimes(2);
  });

  it("lets concurrent 401s share one refresh", async () => {
    const { deps } = tokenStore("rt1");
    const refresh = createRefresher(deps);
    const calls = ["a", "b", "c"].map((name) => scriptedCall([httpError(401), name]));

    const results = await Promise.all(calls.map((call) => run(withRefresh(call.send, policy({ refresh })))));

    expect(results).toEqual(["a", "b", "c"]);
    expect(deps.exchange).toHaveBeenCalledTimes(1);
  });

  it("passes the 401 on when the refresh is refused, without retrying", async () => {
    const call = scriptedCall([httpError(401), "never"]);
    const rules = policy({ refresh: vi.fn(async () => "ended" as const) });
    await expect(run(withRefresh(call.send, rules))).rejects.toThrow("HTTP 401");
    expect(call.sends).toHaveBeenCalledTimes(1);
  });

  it("retries only once: a second 401 is the caller's answer", async () => {
    const call = scriptedCall([httpError(401), httpError(401), "never"]);
    const rules = policy();
    await expect(run(withRefresh(call.send, rules))).rejects.toThrow("HTTP 401");
    expect(rules.refresh).toHaveBeenCalledTimes(1);
    expect(call.sends).toHaveBeenCalledTimes(2);
  });

  it("never refreshes for other errors, ineligible calls (login) or without a refresh token", async () => {
    const cases: Array<[Error, Partial<RetryPolicy<Error>>]> = [
      [httpError(403), {}],
      [httpError(401), { eligible: false }],
      [httpError(401), { canRefresh: () => false }],
    ];
    for (const [error, overrides] of cases) {
      const rules = policy(overrides);
      await expect(run(withRefresh(scriptedCall([error]).send, rules))).rejects.toBe(error);
      expect(rules.refresh).not.toHaveBeenCalled();
    }
  });

  it("refreshes before the first call when only a refresh token is held (after a reload)", async () => {
    const order: string[] = [];
    const call = scriptedCall(["me"]);
    const rules = policy({
      refreshFirst: () => true,
      refresh: vi.fn(async () => {
        order.push("refresh");
        return "refreshed" as const;
      }),
    });
    const send = () => {
      order.push("send");
      return call.send();
    };
    expect(await run(withRefresh(send, rules))).toBe("me");
    expect(order).toEqual(["refresh", "send"]);
  });
});
