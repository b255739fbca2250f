import { Badge, Box, Button, Group, Menu, Text } from "@mantine/core";
import { IconCheck, IconPlus, IconSelector, IconSettings } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../lib/session";
import { useMe, useSwitchTenant } from "../auth/hooks";
import { CreateTeamDialog } from "./CreateTeamDialog";
import { RoleBadge } from "./RoleBadge";

/**
 * Header menu listing the user's teams (name + role, the platform team marked); picking one makes it the
 * team (tenant) of every call.
 */
export function TenantSwitcher() {
  const me = useMe();
  const { tenantId } = useSession();
  const switchTenant = useSwitchTenant();
  const memberships = me.data?.memberships ?? [];
  const current = memberships.find((m) => m.tenantId === tenantId);
  const [creating, setCreating] = useState(false);
  if (!current) return null;

  return (
    <>
      <Menu position="bottom-end" width={280} shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconSelector size={14} aria-hidden />}
            aria-label={`Switch team (current: ${current.tenantName})`}
            data-testid="tenant-switcher"
            maw={{ base: 150, sm: 260 }}
            styles={{ label: { overflow: "hidden" } }}
          >
            <Text span size="xs" fw={600} truncate="end" data-testid="current-tenant">
              {current.tenantName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your teams</Menu.Label>
          {memberships.map((m) => (
            <Menu.Item
              key={m.tenantId}
              onClick={() => switchTenant(m.tenantId)}
              leftSection={
                <Box w={14} aria-hidden>
                  {m.tenantId === tenantId && <IconCheck size={14} />}
                </Box>
              }
              aria-current={m.tenantId === tenantId ? "true" : undefined}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" truncate="end">
                  {m.tenantName}
                </Text>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {m.isRoot && <PlatformBadge />}
                  <RoleBadge role={m.role} size="xs" />
                </Group>
              </Group>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            component={Link}
            to="/app/team/settings"
            leftSection={<IconSettings size={14} aria-hidden />}
          >
            Team settings
          </Menu.Item>
          <Menu.Item leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setCreating(true)}>
            Create team
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateTeamDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** Marks the operator's root team, whose admins run the platform. */
export function PlatformBadge() {
  return (
    <Badge size="xs" color="orange" variant="outline" tt="none" data-testid="platform-badge">
      Platform
    </Badge>
  );
}
