import { errorResponse, type HandWrittenPaths as Paths } from "../../../trpc/openapi/hand-written-paths.js";

const redirectHeader = (description: string) => ({
  Location: { description, schema: { type: "string" as const, format: "uri" } },
});

/**
 * The two Google sign-in routes are plain Express redirects (google-routes.ts), not procedures,
 * so the generator cannot see them: they are described here and merged into the document.
 */
export const googleSignInPaths: Paths = {
  "/auth/google": {
    get: {
      operationId: "auth-googleStart",
      tags: ["auth"],
      summary: "Sign in with Google: redirects to Google's consent screen",
      description:
        "Redirects the user to Google's OAuth consent screen. After authorization, Google redirects back to the " +
        "callback URL. Only available when Google OAuth is configured (see GET /auth/providers). Open it as a " +
        "browser navigation, not with fetch.",
      responses: {
        "302": {
          description:
            "To the provider's authorization endpoint (state, nonce and an S256 PKCE challenge are kept " +
            "server-side for 10 minutes), or to /login?error=google_unavailable when the provider cannot be reached",
          headers: redirectHeader("Provider authorization URL"),
        },
        "501": errorResponse("Google sign-in is not configured (code NOT_CONFIGURED)"),
      },
    },
  },
  "/auth/google/callback": {
    get: {
      operationId: "auth-googleCallback",
      tags: ["auth"],
      summary: "Google redirects here; signs in and redirects to the web app with tokens",
      description:
        "Handles the OAuth callback from Google. Links the Google account to an existing user (matched by verified " +
        "email) or creates a new account. Redirects to the frontend with tokens in the URL fragment: " +
        "/auth/callback#access_token=...&refresh_token=... On failure redirects to /login?error=<code>, with code " +
        "one of google_denied, google_invalid_callback, google_state_invalid, google_unavailable, " +
        "google_exchange_failed, google_email_unverified, account_deactivated, google_failed.",
      parameters: [
        {
          name: "state",
          in: "query",
          required: true,
          description: "OAuth state parameter (verified against stored state; single use)",
          schema: { type: "string" },
        },
        {
          name: "code",
          in: "query",
          required: true,
          description: "OAuth authorization code from Google",
          schema: { type: "string" },
        },
      ],
      responses: {
        "302": {
          description: "To /auth/callback#access_token=...&refresh_token=... or /login?error=<code>",
          headers: redirectHeader("Web app URL"),
        },
        "501": errorResponse("Google sign-in is not configured (code NOT_CONFIGURED)"),
      },
    },
  },
};
