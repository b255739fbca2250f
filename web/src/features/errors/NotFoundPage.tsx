import { Code } from "@mantine/core";
import { IconMapSearch } from "@tabler/icons-react";
import { useLocation } from "react-router";
import { isSignedIn, useSession } from "../../lib/session";
import { ErrorScreen } from "./ErrorScreen";

/** Where "back" leads from an unknown path: the home of the area the user was in. */
export function homeFor(pathname: string, signedIn = false): { to: string; label: string } {
  if (pathname === "/admin" || pathname.startsWith("/admin/"))
    return { to: "/admin", label: "Back to admin overview" };
  if (pathname === "/app" || pathname.startsWith("/app/")) return { to: "/app", label: "Back to overview" };
  return signedIn ? { to: "/app", label: "Go to the app" } : { to: "/", label: "Go to the home page" };
}

/** Friendly 404 for SPA routes that do not exist. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  const signedIn = isSignedIn(useSession());
  return (
    <ErrorScreen
      code="404"
      title="Page not found"
      icon={IconMapSearch}
      action={homeFor(pathname, signedIn)}
      testId="not-found"
    >
      There is no page at <Code style={{ wordBreak: "break-all" }}>{pathname}</Code>. It may have moved, or
      the link may be mistyped.
    </ErrorScreen>
  );
}
