import { Card, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { CardSkeleton } from "../../components/CardSkeleton";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadMore, PAGED, pagedList } from "../../components/LoadMore";
import { QueryState } from "../../components/QueryState";
import { useConfirmedMutation } from "../../components/useConfirmedMutation";
import { notify } from "../../lib/notify";
import { useTRPC } from "../../lib/trpc";
import { PHONE_TABLE_MIN_WIDTH } from "../../theme";
import { MemberRow } from "./MemberRow";
import type { Caller } from "./permissions";
import { roleLabel } from "./roles";
import type { Member } from "./types";

interface RoleChange {
  member: Member;
  role: "admin" | "user";
}

const ROLE_POWERS: Record<RoleChange["role"], string> = {
  admin: "Admins can invite and remove users.",
  user: "Users can use the team but not manage its members.",
};

/** Members table with the actions the caller may take on each row; role changes are confirmed first. */
export function MembersCard({ caller }: { caller: Caller }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useInfiniteQuery(trpc.tenant.members.infiniteQueryOptions(undefined, PAGED));
  const reloadMembers = () => void queryClient.invalidateQueries(trpc.tenant.members.pathFilter());

  const changeRole = useConfirmedMutation(
    useMutation(
      trpc.tenant.changeRole.mutationOptions({
        onSuccess: (_result, { userId, role }) => {
          const name =
            members.data?.pages.flatMap((page) => page.members).find((m) => m.userId === userId)
              ?.displayName ?? "The member";
          reloadMembers();
          notify(`${name} is now ${roleLabel(role)} and got a message about it.`, { title: "Role changed" });
        },
      }),
    ),
    ({ member, role }: RoleChange) => ({ userId: member.userId, role }),
  );
  const remove = useConfirmedMutation(
    useMutation(trpc.tenant.removeMember.mutationOptions({ onSuccess: reloadMembers })),
    (member: Member) => ({ userId: member.userId }),
  );
  const transfer = useConfirmedMutation(
    useMutation(
      trpc.tenant.transferOwnership.mutationOptions({
        onSuccess: () => {
          reloadMembers();
          // The caller is no longer the owner: their own membership (from auth.me) changed too.
          void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        },
      }),
    ),
    (member: Member) => ({ userId: member.userId }),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="members-title">
      <Text component="h2" id="members-title" fw={600} fz="md" m={0} mb="md">
        Members
      </Text>
      <QueryState
        query={pagedList(members, (page) => page.members)}
        loadingLabel="Loading members"
        errorTitle="Could not load members"
        loading={<CardSkeleton height={180} />}
      >
        {(rows) => (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={PHONE_TABLE_MIN_WIDTH}>
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
                  {rows.map((member) => (
                    <MemberRow
                      key={member.userId}
                      member={member}
                      caller={caller}
                      changingRole={changeRole.dialog.loading ?? false}
                      onChangeRole={(role) => changeRole.ask({ member, role })}
                      onTransfer={() => transfer.ask(member)}
                      onRemove={() => remove.ask(member)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore query={members} />
          </Stack>
        )}
      </QueryState>

      <ConfirmDialog title="Change role" confirmLabel="Change role" color="blue" {...changeRole.dialog}>
        {changeRole.item && (
          <Text size="sm">
            Make <strong>{changeRole.item.member.displayName}</strong> {roleLabel(changeRole.item.role)}{" "}
            instead of {roleLabel(changeRole.item.member.role)}? {ROLE_POWERS[changeRole.item.role]} They get
            a message about the change.
          </Text>
        )}
      </ConfirmDialog>
      <ConfirmDialog title="Remove member" confirmLabel="Remove" {...remove.dialog}>
        <Text size="sm">
          Remove <strong>{remove.item?.displayName}</strong> ({remove.item?.email}) from this team? They lose
          access at once; you can invite them again later.
        </Text>
      </ConfirmDialog>

      <ConfirmDialog title="Transfer ownership" confirmLabel="Transfer ownership" {...transfer.dialog}>
        <Stack gap="xs">
          <Text size="sm">
            Make <strong>{transfer.item?.displayName}</strong> the owner of this team? You will become an
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
