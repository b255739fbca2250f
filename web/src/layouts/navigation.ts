import {
  IconActivity,
  IconApi,
  IconCoins,
  IconCreditCard,
  IconDashboard,
  IconFileCode,
  IconHome,
  IconKey,
  IconListDetails,
  IconMail,
  IconMessages,
  IconShieldCog,
  IconUserCircle,
  IconUsers,
  IconWebhook,
} from "@tabler/icons-react";
import type { NavItem } from "../components/NavList";
import type { Role } from "../features/auth/types";
import { canManageWebhooks } from "../features/webhooks/permissions";

/** Only pages that exist are listed; each feature adds its entry when it ships. */
export const appNav: NavItem[] = [
  { label: "Overview", to: "/app", icon: IconHome, end: true },
  { label: "Team", to: "/app/team", icon: IconUsers },
  { label: "Messages", to: "/app/messages", icon: IconMessages },
  { label: "Billing", to: "/app/billing", icon: IconCreditCard },
  { label: "Account", to: "/app/account", icon: IconUserCircle },
];

/** After Billing, for the team's owners and admins only (the server answers anyone else 403). */
export const webhooksNav: NavItem = { label: "Webhooks", to: "/app/webhooks", icon: IconWebhook };

/** The team app's navigation for the caller's role in the current team. */
export function appNavFor(role: Role | null | undefined): NavItem[] {
  if (!canManageWebhooks(role)) return appNav;
  const afterBilling = appNav.findIndex((item) => item.to === "/app/billing") + 1;
  return [...appNav.slice(0, afterBilling), webhooksNav, ...appNav.slice(afterBilling)];
}

/** Shown in the app's navigation to platform admins only. */
export const adminConsoleNav: NavItem = { label: "Admin console", to: "/admin", icon: IconShieldCog };

export const adminNav: NavItem[] = [
  { label: "Overview", to: "/admin", icon: IconDashboard, end: true },
  { label: "API keys", to: "/admin/api-keys", icon: IconKey },
  { label: "Plans", to: "/admin/plans", icon: IconListDetails },
  { label: "Credit bundles", to: "/admin/bundles", icon: IconCoins },
  { label: "Webhooks", to: "/admin/webhooks", icon: IconWebhook },
  { label: "Dev mailbox", to: "/admin/mailbox", icon: IconMail },
];

/** Server pages outside the SPA, plus the public status page. */
export const docsNav: NavItem[] = [
  { label: "System status", to: "/status", icon: IconActivity },
  { label: "API docs", to: "/api/docs", icon: IconApi, external: true },
  { label: "OpenAPI spec", to: "/api/openapi.json", icon: IconFileCode, external: true },
];
