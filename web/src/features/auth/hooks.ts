import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { clearSession, getSession, isSignedIn, setSession, useSession } from "../../lib/session";
import { useTRPC, useTRPCClient } from "../../lib/trpc";
import { pickDefaultTenant } from "./memberships";
import type { Me } from "./types";

/** The signed-in user and memberships; idle while signed out. */
export function useMe() {
  const trpc = useTRPC();
  const signedIn = isSignedIn(useSession());
  return useQuery(trpc.auth.me.queryOptions(undefined, { enabled: signedIn, staleTime: 60_000 }));
}

interface SessionStart extends Me {
  accessToken: string;
  refreshToken: string;
}

/** After login, signup, Google or an invitation: store the tokens, pick the tenant, seed `auth.me`. */
export function useStartSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (result: SessionStart, tenantId?: string | null) => {
      queryClient.clear(); // nothing of a previous user may linger in the cache
      setSession({
        token: result.accessToken,
        refreshToken: result.refreshToken,
        tenantId: tenantId ?? pickDefaultTenant(result.memberships, getSession().tenantId),
        notice: null,
      });
      queryClient.setQueryData(trpc.auth.me.queryKey(), {
        user: result.user,
        memberships: result.memberships,
      });
    },
    [queryClient, trpc],
  );
}

/**
 * Sign out here and on the server (this session only); the local session ends even if the call fails.
 * The query cache goes with the session (App clears it on every sign-out, whatever its cause).
 */
export function useSignOut() {
  const client = useTRPCClient();
  return useCallback(async () => {
    const refreshToken = getSession().refreshToken ?? undefined;
    await client.auth.logout.mutate({ refreshToken }).catch(() => undefined);
    clearSession("signed-out");
  }, [client]);
}

/**
 * Routers whose answers do not depend on X-Tenant-ID: the user's own data (auth, messages), public
 * (system) and platform-wide (admin, invitations by token). Everything else is treated as tenant data.
 */
const TENANT_INDEPENDENT = new Set(["auth", "messages", "system", "admin", "invitations"]);

/** A tRPC query key (`[["tenant", "members"], ...]`) of a router that answers per tenant. */
function isTenantScoped(queryKey: readonly unknown[]): boolean {
  const [path] = queryKey;
  return Array.isArray(path) && !TENANT_INDEPENDENT.has(String(path[0]));
}

/** Switch the tenant every tenant-scoped call is made for, and drop data loaded for the previous one. */
export function useSwitchTenant() {
  const queryClient = useQueryClient();
  return useCallback(
    (tenantId: string) => {
      if (tenantId === getSession().tenantId) return;
      setSession({ tenantId });
      // Reset (not just invalidate) so the previous tenant's members never show under the new name.
      void queryClient.resetQueries({ predicate: ({ queryKey }) => isTenantScoped(queryKey) });
    },
    [queryClient],
  );
}
