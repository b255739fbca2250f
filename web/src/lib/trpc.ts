import type { AppRouter } from "@baseplate/server/router";
import { createTRPCClient, httpBatchLink, type TRPCClientErrorLike } from "@trpc/client";
import { createTRPCContext, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { getSession, type Session } from "./session";

/** The only place the server's router type enters the web app (type-only: no server code is bundled). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Typed query-options proxy: `inferOutput<Api["system"]["status"]>` gives a procedure's result type. */
export type Api = TRPCOptionsProxy<AppRouter>;
export type ApiError = TRPCClientErrorLike<AppRouter>;

/** Headers that tell the server who is calling and for which tenant. */
export function sessionHeaders(session: Session): Record<string, string> {
  const headers: Record<string, string> = {};
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (session.tenantId) headers["X-Tenant-ID"] = session.tenantId;
  return headers;
}

/** `url` is absolute in tests: jsdom has no origin to resolve "/trpc" against. */
export function createApiClient({ url = "/trpc" }: { url?: string } = {}) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url, headers: () => sessionHeaders(getSession()) })],
  });
}
