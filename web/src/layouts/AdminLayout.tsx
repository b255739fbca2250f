import { Badge, MantineThemeProvider } from "@mantine/core";
import { UserMenu } from "../features/auth/UserMenu";
import { ADMIN_ACCENT } from "../theme";
import { adminNav, docsNav } from "./navigation";
import { ShellLayout } from "./ShellLayout";

const ADMIN_THEME = { primaryColor: ADMIN_ACCENT };

/** The operator console at /admin/*: dark header and orange accent, so it is never mistaken for the app. */
export function AdminLayout() {
  return (
    <MantineThemeProvider theme={ADMIN_THEME}>
      <ShellLayout
        homeTo="/admin"
        navLabel="Admin navigation"
        nav={adminNav}
        footerNav={docsNav}
        accent={ADMIN_ACCENT}
        tone="dark"
        badge={
          <Badge color={ADMIN_ACCENT} variant="filled" radius="sm" data-testid="admin-badge">
            Admin console
          </Badge>
        }
        headerActions={<UserMenu area="admin" />}
      />
    </MantineThemeProvider>
  );
}
