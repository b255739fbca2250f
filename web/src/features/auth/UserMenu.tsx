import { Avatar, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconDashboard, IconLayoutDashboard, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useMe, useSignOut } from "./hooks";
import { isPlatformAdmin } from "./memberships";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** Avatar menu: who is signed in, account settings, the other area (app ↔ admin) and sign out. */
export function UserMenu({ area }: { area: "app" | "admin" }) {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!me.data) return null;
  const { user, memberships } = me.data;

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.displayName}`} data-testid="user-menu">
          <Avatar color={area === "admin" ? "orange" : "indigo"} radius="xl" size={34}>
            {initials(user.displayName)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/app/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          Account settings
        </Menu.Item>
        {area === "app" && isPlatformAdmin(memberships) && (
          <Menu.Item component={Link} to="/admin" leftSection={<IconDashboard size={16} aria-hidden />}>
            Admin console
          </Menu.Item>
        )}
        {area === "admin" && (
          <Menu.Item component={Link} to="/app" leftSection={<IconLayoutDashboard size={16} aria-hidden />}>
            Back to the app
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut().then(() => navigate("/login", { replace: true }))}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
