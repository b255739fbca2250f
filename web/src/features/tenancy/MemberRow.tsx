import { ActionIcon, Badge, Group, Menu, Select, Table, Text } from "@mantine/core";
import { IconCrown, IconDots, IconUserMinus } from "@tabler/icons-react";
import { formatDate } from "../../lib/format";
import { type Caller, canChangeRole, canRemove, canTransferTo } from "./permissions";
import { RoleBadge } from "./RoleBadge";
import { roleOptions } from "./roles";
import type { Member } from "./types";

const ROLE_OPTIONS = roleOptions(["admin", "user"]);

interface MemberRowProps {
  member: Member;
  caller: Caller;
  /** A role change is in flight (role selects wait for it). */
  changingRole: boolean;
  onChangeRole: (role: "admin" | "user") => void;
  onTransfer: () => void;
  onRemove: () => void;
}

/** One member: name, role (a select when the caller may change it), join date and the allowed actions. */
export function MemberRow({
  member,
  caller,
  changingRole,
  onChangeRole,
  onTransfer,
  onRemove,
}: MemberRowProps) {
  const removable = canRemove(caller, member);
  const transferable = canTransferTo(caller, member);
  return (
    <Table.Tr data-testid={`member-${member.email}`}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {member.displayName}
          </Text>
          {member.userId === caller.userId && (
            <Badge size="xs" variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
              You
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
            data={ROLE_OPTIONS}
            value={member.role}
            allowDeselect={false}
            disabled={changingRole}
            onChange={(role) => {
              if ((role === "admin" || role === "user") && role !== member.role) onChangeRole(role);
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
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${member.displayName}`}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {transferable && (
                <Menu.Item leftSection={<IconCrown size={16} aria-hidden />} onClick={onTransfer}>
                  Transfer ownership
                </Menu.Item>
              )}
              {removable && (
                <Menu.Item
                  color="red"
                  leftSection={<IconUserMinus size={16} aria-hidden />}
                  onClick={onRemove}
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
}
