import { APP_ACCENT } from "../theme";
import { appNav, docsNav } from "./navigation";
import { ShellLayout } from "./ShellLayout";

/** The tenant-facing app at /app/*. */
export function AppLayout() {
  return (
    <ShellLayout
      homeTo="/app"
      navLabel="App navigation"
      nav={appNav}
      footerNav={docsNav}
      accent={APP_ACCENT}
    />
  );
}
