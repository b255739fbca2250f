import { AppShell, Burger, Container, Divider, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { BrandMark } from "../components/BrandMark";
import { type NavItem, NavList } from "../components/NavList";

export interface ShellLayoutProps {
  /** Where the brand mark leads: the area's home. */
  homeTo: string;
  /** Accessible name of the navbar landmark, e.g. "App navigation". */
  navLabel: string;
  nav: NavItem[];
  /** Links pinned to the bottom of the navbar (docs, other areas). */
  footerNav?: NavItem[];
  accent: string;
  /** A dark header marks an operator-only area. */
  tone?: "light" | "dark";
  /** Next to the brand, e.g. the "Admin console" label. */
  badge?: ReactNode;
  /** Right side of the header: tenant switcher, messages and the account menu. */
  headerActions?: ReactNode;
}

/** Header + collapsible navbar + main column; shared by the tenant app and the admin console. */
export function ShellLayout(props: ShellLayoutProps) {
  const { homeTo, navLabel, nav, footerNav = [], accent, tone = "light", badge, headerActions } = props;
  const [opened, { toggle, close }] = useDisclosure(false);
  const dark = tone === "dark";

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header
        bg={dark ? "dark.8" : undefined}
        style={dark ? { borderBottom: `3px solid var(--mantine-color-${accent}-6)` } : undefined}
      >
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color={dark ? "white" : undefined}
              aria-label={opened ? "Close navigation" : "Open navigation"}
            />
            <BrandMark to={homeTo} color={accent} textColor={dark ? "white" : undefined} compact />
            {badge}
          </Group>
          {headerActions && (
            <Group gap="xs" wrap="nowrap">
              {headerActions}
            </Group>
          )}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={navLabel}>
        <AppShell.Section grow>
          <NavList items={nav} color={accent} onNavigate={close} />
        </AppShell.Section>
        {footerNav.length > 0 && (
          <AppShell.Section>
            <Divider my="sm" />
            <NavList items={footerNav} color={accent} onNavigate={close} />
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
