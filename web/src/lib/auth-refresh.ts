import { singleFlight } from "./single-flight";

/**
 * Transparent access-token refresh, written against plain functions so it can be tested without
 * a server; lib/trpc.ts wires it to the real `auth.refresh` call and the session store.
 */

/** refreshed: new tokens stored · ended: the server refused the refresh token (session is over) ·
 * unavailable: the server could not be asked (network, 5xx) — the session is kept. */
export type RefreshOutcome = "refreshed" | "ended" | "unavailable";

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface RefresherDeps {
  /** Calls `auth.refresh`; rejects with the client error. */
  exchange: (refreshToken: string) => Promise<TokenPair>;
  /** The newest refresh token (another tab may have rotated it while this one waited). */
  readRefreshToken: () => string | null;
  onRefreshed: (tokens: TokenPair) => void;
  /** The refresh token was refused: clear the session (the UI then shows the login page). */
  onEnded: () => void;
  /** Serialises refreshes across tabs of this origin; called with the whole refresh. */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** HTTP status of a failed exchange, if the server answered. */
  statusOf: (error: unknown) => number | null;
}

/**
 * One refresh at a time: concurrent callers (several 401s at once) share a single `auth.refresh`.
 * Refresh tokens rotate and a replayed one revokes the session, so two parallel exchanges of the
 * same token would sign the user out; the single flight (and the cross-tab lock) prevents that.
 */
export function createRefresher(deps: RefresherDeps): () => Promise<RefreshOutcome> {
  const lock = deps.withLock ?? ((task) => task());
  return singleFlight(() =>
    lock(async (): Promise<RefreshOutcome> => {
      const refreshToken = deps.readRefreshToken();
      if (!refreshToken) {
        deps.onEnded();
        return "ended";
      }
      try {
        deps.onRefreshed(await deps.exchange(refreshToken));
        return "refreshed";
      } catch (error) {
        const status = deps.statusOf(error);
        if (status !== null && status >= 400 && status < 500 && status !== 429) {
          deps.onEnded();
          return "ended";
        }
        return "unavailable";
      }
    }),
  );
}

/** Cross-tab mutual exclusion through the Web Locks API where the browser has it. */
export function webLock(name: string): <T>(task: () => Promise<T>) => Promise<T> {
  return async <T>(task: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    // `request` resolves with what the task resolves with, once the lock is released.
    return locks ? locks.request(name, task) : task();
  };
}

interface Observer<V, E> {
  next?: (value: V) => void;
  error?: (error: E) => void;
  complete?: () => void;
}

export interface Unsubscribable {
  unsubscribe: () => void;
}

export interface Subscribable<V, E> {
  subscribe: (observer: Observer<V, E>) => Unsubscribable;
}

export interface RetryPolicy<E> {
  /** False for calls whose 401 means "wrong credentials" (login, signup, refresh itself). */
  eligible: boolean;
  /** True when no access token is held yet but a refresh token is (first call after a reload). */
  refreshFirst: () => boolean;
  /** True when a refresh token exists, i.e. a 401 may be cured by refreshing. */
  canRefresh: () => boolean;
  isUnauthorized: (error: E) => boolean;
  refresh: () => Promise<RefreshOutcome>;
}

/**
 * Sends an operation; on 401 refreshes (shared with every concurrent 401) and sends it once more.
 * If the refresh is refused, the original error is passed on (the session is already cleared).
 */
export function withRefresh<V, E>(
  send: () => Subscribable<V, E>,
  policy: RetryPolicy<E>,
): Subscribable<V, E> {
  return {
    subscribe(observer) {
      let closed = false;
      let inner: Unsubscribable | null = null;

      const start = (retried: boolean) => {
        if (closed) return;
        inner = send().subscribe({
          next: (value) => observer.next?.(value),
          complete: () => observer.complete?.(),
          error: (error) => {
            const retry = !retried && policy.eligible && policy.isUnauthorized(error) && policy.canRefresh();
            if (!retry) return observer.error?.(error);
            policy.refresh().then(
              (outcome) => (outcome === "refreshed" ? start(true) : observer.error?.(error)),
              () => observer.error?.(error),
            );
          },
        });
      };

      if (policy.eligible && policy.refreshFirst()) {
        // Whatever the outcome, the call goes out: a public call needs no token, an authed one reports 401.
        policy.refresh().then(
          () => start(false),
          () => start(false),
        );
      } else start(false);

      return {
        unsubscribe() {
          closed = true;
          inner?.unsubscribe();
        },
      };
    },
  };
}
