import { Alert, Text } from "@mantine/core";
import { IconMailExclamation } from "@tabler/icons-react";
import { ResendVerificationButton } from "../auth/ResendVerificationButton";
import type { User } from "../auth/types";

/** Navigation state of "you just signed up": the banner then greets and says to check the inbox. */
export const CHECK_EMAIL_STATE = { notice: "check-email" } as const;

export function isCheckEmailState(state: unknown): boolean {
  return (state as { notice?: string } | null)?.notice === CHECK_EMAIL_STATE.notice;
}

/** Shown while the user's email is unverified, with a way to get a new link. */
export function VerifyEmailBanner({ user, justSignedUp = false }: { user: User; justSignedUp?: boolean }) {
  if (user.emailVerified) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconMailExclamation aria-hidden />}
      title={justSignedUp ? "Check your email" : "Please verify your email address"}
      data-testid="verify-banner"
    >
      <Text size="sm" mb="xs">
        {justSignedUp ? "Welcome! " : ""}We sent a verification link to <strong>{user.email}</strong>. Open it
        to confirm your address; the link is valid for 24 hours. Until then you cannot invite people.
      </Text>
      <ResendVerificationButton size="xs" variant="white" />
    </Alert>
  );
}
