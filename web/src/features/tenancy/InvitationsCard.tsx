import { Button, Card, Group, Table, Text } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { QueryState } from "../../components/QueryState";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { formatDate, formatRelative } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import type { Role } from "../auth/types";
import { canRevokeInvitation } from "./permissions";
import { RoleBadge } from "./RoleBadge";
import type { Invitation } from "./types";

/** Open invitations of the tenant (owners and admins), each revocable by whoever may invite that role. */
export function InvitationsCard({ callerRole }: { callerRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useInfiniteQuery(trpc.tenant.invitations.infiniteQueryOptions(undefined, PAGED));
  const revoke = useConfirmedMutation(
    useMutation(
      trpc.tenant.revokeInvitation.mutationOptions({
        onSuccess: () => void queryClient.invalidateQueries(trpc.tenant.invitations.pathFilter()),
      }),
    ),
    (invitation: Invitation) => ({ invitationId: invitation.id }),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invitations-title">
      <Text component="h2" id="invitations-title" fw={600} fz="md" m={0} mb="md">
        Pending invitations
      </Text>
      <QueryState
        query={pagedList(invitations, (page) => page.invitations)}
        loadingLabel="Loading invitations"
        errorTitle="Could not load invitations"
        loading={<CardSkeleton height={120} />}
      >
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="no-invitations">
              No open invitations. Invited people show up here until they join or the link expires.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
              <Table verticalSpacing="sm" data-testid="invitations-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Email</Table.Th>
                    <Table.Th visibleFrom="sm">Role</Table.Th>
                    <Table.Th visibleFrom="sm">Invited by</Table.Th>
                    <Table.Th visibleFrom="sm">Expires</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((invitation) => (
                    <Table.Tr key={invitation.id}>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: "break-all" }}>
                          {invitation.email}
                        </Text>
                        <Group gap={6} mt={4} hiddenFrom="sm">
                          <RoleBadge role={invitation.role} size="xs" />
                          <Text size="xs" c="dimmed">
                            Expires {formatRelative(invitation.expiresAt)}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <RoleBadge role={invitation.role} />
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" c="dimmed">
                          {invitation.invitedBy?.displayName ?? "—"}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" title={formatDate(invitation.expiresAt)}>
                          {formatRelative(invitation.expiresAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {canRevokeInvitation(callerRole, invitation.role) && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => revoke.ask(invitation)}
                            aria-label={`Revoke invitation for ${invitation.email}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <LoadMore query={invitations} />
      <ConfirmDialog title="Revoke invitation" confirmLabel="Revoke" {...revoke.dialog}>
        <Text size="sm">
          Revoke the invitation for <strong>{revoke.item?.email}</strong>? The link in their email stops
          working.
        </Text>
      </ConfirmDialog>
    </Card>
  );
}
