import { Alert, Button, Group, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { useMe, useSwitchTenant } from "../auth/hooks";
import { roleLabel } from "../tenancy/roles";
import { joinedTenant } from "./joined-tenant";
import type { Preview } from "./types";

export interface JoinProps {
  token: string;
  preview: Preview;
  /** Called as the invitation is used up (before the cache is touched), so nothing asks for it again. */
  onJoined: () => void;
}

/** Signed in: accept with one click, then continue in the joined team. */
export function AcceptInvitation({ token, preview, onJoined }: JoinProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const switchTenant = useSwitchTenant();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (result) => {
        onJoined();
        const tenantId = joinedTenant(preview, me.data?.memberships ?? [], result.memberships);
        // The answer holds the complete new memberships: put them in the profile rather than refetch it,
        // so the app's tenant check sees the joined tenant at once.
        if (me.data)
          queryClient.setQueryData(trpc.auth.me.queryKey(), { ...me.data, memberships: result.memberships });
        else void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        if (tenantId) switchTenant(tenantId);
        notify(`You joined ${preview.tenantName} as ${roleLabel(preview.role)}.`, {
          title: "Invitation accepted",
        });
        void navigate("/app", { replace: true });
      },
    }),
  );
  const email = me.data?.user.email;
  const otherAddress = email && email.toLowerCase() !== preview.email.toLowerCase();

  return (
    <Stack gap="md">
      {otherAddress && (
        <Alert color="yellow" variant="light" title="Different address">
          You are signed in as {email}, but the invitation was sent to {preview.email}. Sign in with that
          address to accept it.
        </Alert>
      )}
      {accept.isError && <ErrorAlert error={accept.error} title="Could not accept the invitation" />}
      <Group>
        <Button onClick={() => accept.mutate({ token })} loading={accept.isPending}>
          Accept and join {preview.tenantName}
        </Button>
        <Button component={Link} to="/app" variant="default">
          Not now
        </Button>
      </Group>
    </Stack>
  );
}
