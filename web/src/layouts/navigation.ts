import { IconActivity, IconApi, IconDashboard, IconFileCode, IconHome } from "@tabler/icons-react";
import type { NavItem } from "../components/NavList";

/** Only pages that exist are listed; each feature adds its entry when it ships. */
export const appNav: NavItem[] = [{ label: "Overview", to: "/app", icon: IconHome, end: true }];

export const adminNav: NavItem[] = [{ label: "Overview", to: "/admin", icon: IconDashboard, end: true }];

/** Server pages outside the SPA, plus the public status page. */
export const docsNav: NavItem[] = [
  { label: "System status", to: "/status", icon: IconActivity },
  { label: "API docs", to: "/api/docs", icon: IconApi, external: true },
  { label: "OpenAPI spec", to: "/api/openapi.json", icon: IconFileCode, external: true },
];
