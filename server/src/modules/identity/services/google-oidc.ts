import * as client from "openid-client";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";

/** Where the provider sends the browser back to (register `<PUBLIC_URL>` + this at Google). */
export const GOOGLE_CALLBACK_PATH = "/api/v1/auth/google/callback";

/**
 * Why a Google sign-in did not complete, as the short code the web app finds in
 * `/login?error=<code>`. The detail is logged, never shown.
 */
export type GoogleFailureCode =
  | "google_denied"
  | "google_invalid_callback"
  | "google_state_invalid"
  | "google_unavailable"
  | "google_exchange_failed"
  | "google_email_unverified"
  | "account_deactivated"
  | "google_account_unverified"
  | "google_failed";

export class GoogleSignInFailure extends Error {
  constructor(
    readonly code: GoogleFailureCode,
    detail: string,
    options: { cause?: unknown } = {},
  ) {
    super(detail, options);
    this.name = "GoogleSignInFailure";
  }
}

export interface GoogleSettings {
  clientId: string;
  clientSecret: string;
  issuer: URL;
  redirectUri: string;
}

type GoogleDeps = Pick<AppDeps, "env" | "links">;

/** Enabled only when both the client id and secret are configured (env.ts refuses one alone). */
export function googleSignInEnabled(deps: Pick<AppDeps, "env">): boolean {
  return Boolean(deps.env.GOOGLE_CLIENT_ID && deps.env.GOOGLE_CLIENT_SECRET);
}

export function requireGoogleSettings(deps: GoogleDeps): GoogleSettings {
  const { GOOGLE_CLIENT_ID: clientId, GOOGLE_CLIENT_SECRET: clientSecret } = deps.env;
  if (!clientId || !clientSecret) throw new AppError("NOT_CONFIGURED", "Google sign-in is not configured");
  return {
    clientId,
    clientSecret,
    issuer: new URL(deps.env.GOOGLE_ISSUER),
    redirectUri: deps.env.GOOGLE_REDIRECT_URI ?? deps.links.to(GOOGLE_CALLBACK_PATH),
  };
}

const DISCOVERY_TIMEOUT_SECONDS = 10;
/** Per process, by issuer and client: every runtime (and test app) with the same settings shares one. */
const configurations = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's discovered configuration, fetched on first use and kept for the life of the
 * process. Not at boot, so a provider that is down never stops the server; a failed discovery
 * is forgotten, so the next sign-in tries again.
 */
export function googleConfiguration(settings: GoogleSettings): Promise<client.Configuration> {
  const key = JSON.stringify([settings.issuer.href, settings.clientId, settings.clientSecret]);
  const cached = configurations.get(key);
  if (cached) return cached;
  const pending = client
    .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      // Plain http only for a local test provider; Google itself is always https.
      execute: settings.issuer.protocol === "http:" ? [client.allowInsecureRequests] : [],
    })
    .catch((error: unknown) => {
      if (configurations.get(key) === pending) configurations.delete(key);
      throw new GoogleSignInFailure("google_unavailable", "OpenID discovery failed", { cause: error });
    });
  configurations.set(key, pending);
  return pending;
}
