import { Button, Group, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { SuccessAlert } from "../../components/SuccessAlert";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { useMe, useSwitchTenant } from "../auth/hooks";
import type { Membership } from "../auth/types";
import { addedMembership } from "../invitations/joined-tenant";

/**
 * Accepting an invitation from its message: the answer's memberships replace the profile's (so the
 * switcher lists the team at once) and the joined team is remembered, to offer switching to it.
 */
export function useAcceptById() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const [joined, setJoined] = useState<Membership | null>(null);
  const mutation = useMutation(
    trpc.invitations.acceptById.mutationOptions({
      onSuccess: (result) => {
        const added = addedMembership(me.data?.memberships ?? [], result.memberships);
        if (me.data)
          queryClient.setQueryData(trpc.auth.me.queryKey(), { ...me.data, memberships: result.memberships });
        void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        void queryClient.invalidateQueries(trpc.messages.pathFilter());
        setJoined(added);
        notify(added ? `You joined ${added.tenantName}.` : result.message, { title: "Invitation accepted" });
      },
    }),
  );
  return {
    mutation,
    joined,
    dismiss: () => setJoined(null),
    accept: (invitationId: string) => mutation.mutate({ invitationId }),
  };
}

/** "You joined X" with a button that makes X the current team. */
export function JoinedTeamAlert({ joined, onClose }: { joined: Membership; onClose: () => void }) {
  const switchTenant = useSwitchTenant();
  const navigate = useNavigate();
  return (
    <SuccessAlert withCloseButton onClose={onClose} closeButtonLabel="Dismiss" data-testid="joined-team">
      <Group justify="space-between" gap="sm">
        <Text size="sm">You are now a member of {joined.tenantName}.</Text>
        <Button
          size="xs"
          onClick={() => {
            switchTenant(joined.tenantId);
            onClose();
            void navigate("/app");
          }}
        >
          Switch to {joined.tenantName}
        </Button>
      </Group>
    </SuccessAlert>
  );
}
