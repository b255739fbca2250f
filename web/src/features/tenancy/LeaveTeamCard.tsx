import { Button, Card, Text } from "@mantine/core";
import { IconDoorExit } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { useMe, useSwitchTenant } from "../auth/hooks";
import { pickDefaultTenant } from "../auth/memberships";

interface LeaveTeamCardProps {
  tenant: { id: string; name: string; role: "owner" | "admin" | "user" };
}

/** Members other than the owner may leave (confirmed); the app then continues in another team. */
export function LeaveTeamCard({ tenant }: LeaveTeamCardProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const switchTenant = useSwitchTenant();
  const navigate = useNavigate();
  const leave = useConfirmedMutation(
    useMutation(
      trpc.tenant.leave.mutationOptions({
        onSuccess: () => {
          const remaining = (me.data?.memberships ?? []).filter((m) => m.tenantId !== tenant.id);
          if (me.data)
            queryClient.setQueryData(trpc.auth.me.queryKey(), { ...me.data, memberships: remaining });
          void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
          const next = pickDefaultTenant(remaining, null);
          if (next) switchTenant(next);
          notify(`You left ${tenant.name}.`, { title: "Left the team" });
          void navigate("/app", { replace: true });
        },
      }),
    ),
    () => undefined,
  );
  const owner = tenant.role === "owner";
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="leave-team-title">
      <Text component="h2" id="leave-team-title" fw={600} fz="md" m={0} mb="xs">
        Leave the team
      </Text>
      {owner ? (
        <Text size="sm" c="dimmed" data-testid="owner-cannot-leave">
          You own this team, so you cannot leave it. Transfer ownership to another member on the team page
          first.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="md">
            You lose access to {tenant.name} at once. Someone has to invite you again to come back.
          </Text>
          <Button
            color="red"
            variant="light"
            leftSection={<IconDoorExit size={16} aria-hidden />}
            onClick={() => leave.ask(tenant)}
          >
            Leave team
          </Button>
        </>
      )}
      <ConfirmDialog title="Leave team" confirmLabel="Leave team" {...leave.dialog}>
        <Text size="sm">
          Leave <strong>{tenant.name}</strong>? You will be switched to another of your teams.
        </Text>
      </ConfirmDialog>
    </Card>
  );
}
