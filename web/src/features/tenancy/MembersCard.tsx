import {
  ActionIcon,
  Badge,
  Card,
  Group,
  Menu,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { IconCrown, IconDots, IconUserMinus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryState } from "../../components/QueryState";
import { formatDate } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { type Caller, canChangeRole, canRemove, canTransferTo } from "./permissions";
import { RoleBadge } from "./RoleBadge";
import type { Member } from "./types";

type Pending = { kind: "remove" | "transfer"; member: Member } | null;

/** Members table with the actions the caller may take on each row. */
export function MembersCard({ caller }: { caller: Caller }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.tenant.members.queryOptions());
  const [pending, setPending] = useState<Pending>(null);

  const refresh = () => {
    void queryClient.invalidateQueries(trpc.tenant.members.queryFilter());
    void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
  };
  const changeRole = useMutation(trpc.tenant.changeRole.mutationOptions({ onSuccess: refresh }));
  const done = () => {
    refresh();
    setPending(null);
  };
  const remove = useMutation(trpc.tenant.removeMember.mutationOptions({ onSuccess: done }));
  const transfer = useMutation(trpc.tenant.transferOwnership.mutationOptions({ onSuccess: done }));

  const closeDialog = () => {
    setPending(null);
    remove.reset();
    transfer.reset();
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="members-title">
      <Text component="h2" id="members-title" fw={600} fz="md" m={0} mb="md">
        Members
      </Text>
      <QueryState
        query={members}
        loadingLabel="Loading members"
        errorTitle="Could not load members"
        loading={<CardSkeleton height={180} />}
      >
        {({ members: rows }) => (
          <Stack gap="md">
            {changeRole.isError && <ErrorAlert error={changeRole.error} title="Could not change the role" />}
            <Table.ScrollContainer minWidth={340}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="members-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Member</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th visibleFrom="sm">Joined</Table.Th>
                    <Table.Th w={48}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((member) => {
                    const isSelf = member.userId === caller.userId;
                    const removable = canRemove(caller, member);
                    const transferable = canTransferTo(caller, member);
                    return (
                      <Table.Tr key={member.userId} data-testid={`member-${member.email}`}>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Text size="sm" fw={500}>
                              {member.displayName}
                            </Text>
                            {isSelf && (
                              <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                                you
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                            {member.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {canChangeRole(caller, member) ? (
                            <Select
                              size="xs"
                              w={96}
                              aria-label={`Role of ${member.displayName}`}
                              data={[
                                { value: "admin", label: "admin" },
                                { value: "user", label: "user" },
                              ]}
                              value={member.role}
                              allowDeselect={false}
                              disabled={changeRole.isPending}
                              onChange={(role) => {
                                if ((role === "admin" || role === "user") && role !== member.role)
                                  changeRole.mutate({ userId: member.userId, role });
                              }}
                            />
                          ) : (
                            <RoleBadge role={member.role} />
                          )}
                        </Table.Td>
                        <Table.Td visibleFrom="sm">
                          <Text size="sm">{formatDate(member.joinedAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          {(removable || transferable) && (
                            <Menu position="bottom-end" withinPortal>
                              <Menu.Target>
                                <ActionIcon
                                  variant="subtle"
                                  color="gray"
                                  aria-label={`Actions for ${member.displayName}`}
                                >
                                  <IconDots size={16} aria-hidden />
                                </ActionIcon>
                              </Menu.Target>
                              <Menu.Dropdown>
                                {transferable && (
                                  <Menu.Item
                                    leftSection={<IconCrown size={16} aria-hidden />}
                                    onClick={() => setPending({ kind: "transfer", member })}
                                  >
                                    Transfer ownership
                                  </Menu.Item>
                                )}
                                {removable && (
                                  <Menu.Item
                                    color="red"
                                    leftSection={<IconUserMinus size={16} aria-hidden />}
                                    onClick={() => setPending({ kind: "remove", member })}
                                  >
                                    Remove from team
                                  </Menu.Item>
                                )}
                              </Menu.Dropdown>
                            </Menu>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryState>

      <ConfirmDialog
        opened={pending?.kind === "remove"}
        title="Remove member"
        confirmLabel="Remove"
        loading={remove.isPending}
        error={remove.error}
        onClose={closeDialog}
        onConfirm={() => pending && remove.mutate({ userId: pending.member.userId })}
      >
        <Text size="sm">
          Remove <strong>{pending?.member.displayName}</strong> ({pending?.member.email}) from this team? They
          lose access at once; you can invite them again later.
        </Text>
      </ConfirmDialog>

      <ConfirmDialog
        opened={pending?.kind === "transfer"}
        title="Transfer ownership"
        confirmLabel="Transfer ownership"
        loading={transfer.isPending}
        error={transfer.error}
        onClose={closeDialog}
        onConfirm={() => pending && transfer.mutate({ userId: pending.member.userId })}
      >
        <Stack gap="xs">
          <Text size="sm">
            Make <strong>{pending?.member.displayName}</strong> the owner of this team? You will become an
            admin.
          </Text>
          <Text size="sm" c="red" fw={500}>
            This is irreversible: only the new owner can give ownership back.
          </Text>
        </Stack>
      </ConfirmDialog>
    </Card>
  );
}
