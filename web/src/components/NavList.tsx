import { NavLink, Stack } from "@mantine/core";
import type { ComponentType } from "react";
import { Link, useLocation } from "react-router";

export interface NavItem {
  label: string;
  /** SPA route, or a server page such as /api/docs when `external` is set. */
  to: string;
  icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>;
  /** Server-rendered page: a plain <a> so the browser leaves the SPA. */
  external?: boolean;
  /** Active only on exactly `to` (an area's home), not on pages below it. */
  end?: boolean;
}

export function isActivePath(pathname: string, to: string, end = false): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return path === to || (!end && path.startsWith(`${to}/`));
}

interface NavListProps {
  items: NavItem[];
  color?: string;
  onNavigate?: () => void;
}

/** Navbar links; the current page is marked active and gets aria-current="page". */
export function NavList({ items, color, onNavigate }: NavListProps) {
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {items.map(({ label, to, icon: Icon, external, end }) => {
        const active = !external && isActivePath(pathname, to, end);
        const common = {
          label,
          active,
          color,
          leftSection: <Icon size={18} aria-hidden />,
          onClick: onNavigate,
          "aria-current": active ? ("page" as const) : undefined,
        };
        return external ? (
          <NavLink key={to} component="a" href={to} {...common} />
        ) : (
          <NavLink key={to} component={Link} to={to} {...common} />
        );
      })}
    </Stack>
  );
}
