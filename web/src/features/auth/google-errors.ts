/** Codes the Google callback sends back as /login?error=<code>, in words. */
const GOOGLE_ERRORS: Record<string, string> = {
  google_denied: "Google sign-in was cancelled.",
  google_invalid_callback:
    "Google sign-in failed: the response from Google was incomplete. Please try again.",
  google_state_invalid: "Google sign-in expired or was started in another window. Please try again.",
  google_unavailable: "Google sign-in is unavailable right now. Please try again later or use your password.",
  google_exchange_failed: "Google sign-in failed while confirming your account. Please try again.",
  google_email_unverified: "Your Google account's email address is not verified, so it cannot be used here.",
  account_deactivated: "This account has been deactivated.",
};

export function googleErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return GOOGLE_ERRORS[code] ?? "Sign-in failed. Please try again.";
}
