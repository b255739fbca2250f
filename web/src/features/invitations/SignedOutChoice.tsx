import { Button, SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { loginPath } from "../../lib/navigation";
import { CHECK_EMAIL_STATE } from "../account/VerifyEmailBanner";
import { useStartSession } from "../auth/hooks";
import { SignupForm } from "../auth/SignupForm";
import type { JoinProps } from "./AcceptInvitation";
import { joinedTenant } from "./joined-tenant";

/** Signed out: create an account that joins on the spot, or log in and come back here to accept. */
export function SignedOutChoice({ token, preview, onJoined }: JoinProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [mode, setMode] = useState<"signup" | "login">(preview.accountExists ? "login" : "signup");
  const here = location.pathname + location.search;

  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        value={mode}
        onChange={(value) => setMode(value as "signup" | "login")}
        data={[
          { value: "signup", label: "Create account" },
          { value: "login", label: "Log in" },
        ]}
        aria-label="Create an account or log in"
      />
      {mode === "signup" ? (
        <SignupForm
          invitationToken={token}
          invitationEmail={preview.email}
          submitLabel={`Create account and join ${preview.tenantName}`}
          onSuccess={(result) => {
            onJoined();
            startSession(result, joinedTenant(preview, [], result.memberships));
            void navigate("/app", { replace: true, state: CHECK_EMAIL_STATE });
          }}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Already have an account? Log in, then you come back here to accept.
          </Text>
          <Button component={Link} to={`${loginPath(here)}&email=${encodeURIComponent(preview.email)}`}>
            Log in to accept
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
