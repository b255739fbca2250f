import { useMe } from "../features/auth/hooks";
import { isPlatformAdmin } from "../features/auth/memberships";
import { UserMenu } from "../features/auth/UserMenu";
import { ShellTestModeBadge } from "../features/billing/TestModeBadge";
import { MessagesBell } from "../features/messages/MessagesBell";
import { useCurrentMembership } from "../features/tenancy/hooks";
import { TenantSwitcher } from "../features/tenancy/TenantSwitcher";
import { APP_ACCENT } from "../theme";
import { adminConsoleNav, appNavFor, docsNav } from "./navigation";
import { ShellLayout } from "./ShellLayout";

/**
 * The team app at /app/*: team switcher, messages bell and account menu in the header; platform admins
 * also find the admin console in the navigation.
 */
export function AppLayout() {
  const memberships = useMe().data?.memberships ?? [];
  const teamNav = appNavFor(useCurrentMembership()?.role);
  const nav = isPlatformAdmin(memberships) ? [...teamNav, adminConsoleNav] : teamNav;
  return (
    <ShellLayout
      homeTo="/app"
      navLabel="App navigation"
      nav={nav}
      footerNav={docsNav}
      accent={APP_ACCENT}
      badge={<ShellTestModeBadge />}
      headerActions={
        <>
          <TenantSwitcher />
          <MessagesBell />
          <UserMenu area="app" />
        </>
      }
    />
  );
}
