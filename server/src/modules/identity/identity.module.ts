import { defineModule } from "../app-module.js";
import { createGoogleRoutes } from "./http/google-routes.js";
import { googleSignInPaths } from "./http/google-routes.openapi.js";
import { identityRouter } from "./identity.router.js";
import { purgeExpiredOAuthStates } from "./jobs/purge-expired-oauth-states.job.js";
import { purgeExpiredRefreshTokens } from "./jobs/purge-expired-refresh-tokens.job.js";

export const identityModule = defineModule({
  name: "identity",
  routers: { auth: identityRouter },
  jobs: [purgeExpiredRefreshTokens, purgeExpiredOAuthStates],
  // Google sign-in answers with redirects, so it is plain Express in front of the REST adapter.
  httpRoutes: createGoogleRoutes,
  openApiPaths: googleSignInPaths,
  openApiTags: [
    {
      name: "auth",
      description:
        "Accounts and sessions: sign-up, login, token refresh, email verification, password reset, profile and " +
        "signed-in sessions. Account routes accept access tokens only, never API keys.",
    },
  ],
  rateLimits: (env) => ({
    signupPerIp: {
      points: env.RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many sign-ups from this network.",
    },
    loginPerIp: {
      points: env.RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE,
      durationSeconds: 60,
      message: "Too many sign-in attempts from this network.",
    },
    /** The spec's "one request per 60 seconds per email", for every address, known or not. */
    resendVerificationPerEmail: {
      points: 1,
      durationSeconds: 60,
      message: "A verification email was requested for this address less than a minute ago.",
    },
    forgotPasswordPerEmail: {
      points: env.RATE_LIMIT_FORGOT_PASSWORD_PER_EMAIL_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many password reset requests for this address.",
    },
    emailRequestsPerIp: {
      points: env.RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many email requests from this network.",
    },
    passwordChangesPerUser: {
      points: env.RATE_LIMIT_PASSWORD_CHANGES_PER_USER_PER_HOUR,
      durationSeconds: 3600,
      message: "Too many password changes.",
    },
  }),
});
