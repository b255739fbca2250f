import { IconLock } from "@tabler/icons-react";
import { PublicFrame } from "../../layouts/PublicLayout";
import { ErrorScreen } from "./ErrorScreen";

/** Shown instead of the admin console to signed-in people who are not platform administrators. */
export function NotAllowedPage() {
  return (
    <PublicFrame>
      <ErrorScreen
        code="403"
        title="Not allowed"
        icon={IconLock}
        action={{ to: "/app", label: "Back to the app" }}
        testId="not-allowed"
      >
        The admin console is only for platform administrators (owners and admins of the platform team). Your
        account does not have that role.
      </ErrorScreen>
    </PublicFrame>
  );
}
