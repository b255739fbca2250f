import type { AppRouter } from "@baseplate/server/router";
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  type OperationResultObservable,
  type TRPCClientErrorLike,
  type TRPCLink,
} from "@trpc/client";
import { createTRPCContext, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import {
  createRefresher,
  type RefreshOutcome,
  type Subscribable,
  webLock,
  withRefresh,
} from "./auth-refresh";
import { httpStatusOf } from "./errors";
import { clearSession, getSession, readStored, type Session, STORAGE_KEYS, setSession } from "./session";

/** The only place the server's router type enters the web app (type-only: no server code is bundled). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Typed query-options proxy: `inferOutput<Api["system"]["status"]>` gives a procedure's result type. */
export type Api = TRPCOptionsProxy<AppRouter>;
export type ApiError = TRPCClientErrorLike<AppRouter>;

/** Headers that tell the server who is calling and for which tenant. */
export function sessionHeaders(session: Pick<Session, "token" | "tenantId">): Record<string, string> {
  const headers: Record<string, string> = {};
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (session.tenantId) headers["X-Tenant-ID"] = session.tenantId;
  return headers;
}

/** Calls whose 401 means "wrong credentials", never "access token expired". */
const NO_REFRESH_PATHS = new Set(["auth.login", "auth.signup", "auth.refresh"]);

function currentRefreshToken(): string | null {
  // Storage is the source of truth across tabs; memory covers browsers with storage disabled.
  return readStored(STORAGE_KEYS.refreshToken) ?? getSession().refreshToken;
}

/** Calls per batched request; the server's default cap. */
export const MAX_BATCH_ITEMS = 10;

/** `url` is absolute in tests: jsdom has no origin to resolve "/trpc" against. */
export function createApiClient({ url = "/trpc" }: { url?: string } = {}) {
  // A link-free client for the refresh call itself, so a failing refresh never recurses.
  const bare = createTRPCClient<AppRouter>({ links: [httpLink({ url })] });
  const refresh = createRefresher({
    exchange: (refreshToken) => bare.auth.refresh.mutate({ refreshToken }),
    readRefreshToken: currentRefreshToken,
    onRefreshed: ({ accessToken, refreshToken }) => setSession({ token: accessToken, refreshToken }),
    onEnded: () => clearSession("session-ended"),
    withLock: webLock("baseplate.auth-refresh"),
    statusOf: httpStatusOf,
  });
  return createTRPCClient<AppRouter>({
    links: [
      authRefreshLink(refresh),
      // The server refuses batches of more than 10 calls (TRPC_MAX_BATCH_SIZE): larger bursts are split.
      httpBatchLink({ url, maxItems: MAX_BATCH_ITEMS, headers: () => sessionHeaders(getSession()) }),
    ],
  });
}

/** On 401: refresh once (shared by concurrent 401s), then retry the call; a refused refresh ends the session. */
function authRefreshLink(refresh: () => Promise<RefreshOutcome>): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) => {
      const source = withRefresh(() => next(op), {
        eligible: !NO_REFRESH_PATHS.has(op.path),
        refreshFirst: () => getSession().token === null && currentRefreshToken() !== null,
        canRefresh: () => currentRefreshToken() !== null,
        isUnauthorized: (error) => httpStatusOf(error) === 401,
        refresh,
      });
      return toObservable(source) as OperationResultObservable<AppRouter, unknown>;
    };
}

type Operator<V, E> = (source: Subscribable<V, E>) => Subscribable<V, E>;

/** tRPC links return observables with `pipe`; our source only needs it added. */
function toObservable<V, E>(source: Subscribable<V, E>) {
  const self = {
    subscribe: source.subscribe,
    pipe: (...operators: Operator<V, E>[]): Subscribable<V, E> =>
      operators.reduce<Subscribable<V, E>>((prev, operator) => operator(prev), self),
  };
  return self;
}
