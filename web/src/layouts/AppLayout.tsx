import { UserMenu } from "../features/auth/UserMenu";
import { MessagesBell } from "../features/messages/MessagesBell";
import { TenantSwitcher } from "../features/tenancy/TenantSwitcher";
import { APP_ACCENT } from "../theme";
import { appNav, docsNav } from "./navigation";
import { ShellLayout } from "./ShellLayout";

/** The tenant-facing app at /app/*: tenant switcher, messages bell and account menu in the header. */
export function AppLayout() {
  return (
    <ShellLayout
      homeTo="/app"
      navLabel="App navigation"
      nav={appNav}
      footerNav={docsNav}
      accent={APP_ACCENT}
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
