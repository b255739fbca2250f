import { Button, Center, Stack } from "@mantine/core";
import { type ReactNode, useEffect } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { FullPageLoader } from "../../components/FullPageStatus";
import { loginPath } from "../../lib/navigation";
import { isSignedIn, setSession, useSession } from "../../lib/session";
import { useMe, useSignOut } from "./hooks";
import { pickDefaultTenant } from "./memberships";

/**
 * Gate for /app and /admin: signed-out visitors go to /login?next=<here>; while the profile loads a
 * full-page loader shows; the current tenant is made valid for this user before any page renders.
 * When a refresh is refused anywhere, the session store empties and this gate sends the user to /login.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const me = useMe();
  const signOut = useSignOut();
  const memberships = me.data?.memberships;
  const tenantOk =
    !memberships || memberships.length === 0 || memberships.some((m) => m.tenantId === session.tenantId);

  useEffect(() => {
    if (memberships && !tenantOk) setSession({ tenantId: pickDefaultTenant(memberships, session.tenantId) });
  }, [memberships, tenantOk, session.tenantId]);

  if (!isSignedIn(session)) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  if (me.data === undefined && me.isError) {
    return (
      <Center mih="100dvh" p="md">
        <Stack maw={480} w="100%">
          <ErrorAlert
            error={me.error}
            title="Could not load your account"
            onRetry={() => void me.refetch()}
            retrying={me.isFetching}
          />
          <Button variant="subtle" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Stack>
      </Center>
    );
  }
  if (me.data === undefined || !tenantOk) return <FullPageLoader label="Loading your account" />;
  return <>{children}</>;
}
