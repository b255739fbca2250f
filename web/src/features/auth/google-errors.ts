/** Codes the Google callback sends back as /login?error=<code>, in words. */
const GOOGLE_ERRORS: Record<string, string> = {
  google_denied: "Google sign-in was cancelled.",
  google_invalid_callback:
    "Google sign-in failed: the response from Google was incomplete. Please try again.",
  google_state_invalid: "The sign-in link expired or was started in another browser. Try again.",
  google_unavailable: "Google sign-in is unavailable right now. Please try again later or use your password.",
  google_exchange_failed: "Google sign-in failed while confirming your account. Please try again.",
  google_email_unverified: "Your Google account's email address is not verified, so it cannot be used here.",
  google_account_unverified:
    "An account with this email already exists but its address was never verified. Sign in with its password, or reset the password, to verify it; then Google sign-in works.",
  account_deactivated: "This account has been deactivated.",
};

export function googleErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return GOOGLE_ERRORS[code] ?? "Sign-in failed. Please try again.";
}
