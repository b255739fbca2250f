import { timingSafeEqual } from "node:crypto";
import * as client from "openid-client";
import type { AppDeps } from "../../../app-deps.js";
import { sha256Hex } from "../../../lib/crypto.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { consumeOAuthState, insertOAuthState } from "../repositories/oauth-state.repository.js";
import { signInWithGoogleIdentity } from "./google-account.service.js";
import { GoogleSignInFailure, googleConfiguration, requireGoogleSettings } from "./google-oidc.js";
import type { AuthTokens } from "./sessions.service.js";

/** How long the browser has to come back from the consent screen. */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

/**
 * Starts an authorization request: a random state (stored only as its SHA-256), a nonce and a
 * PKCE verifier are kept server-side. Returns the provider URL to send the browser to and the
 * state, which the caller also binds to this browser (a cookie checked at the callback).
 */
export async function startGoogleSignIn(deps: AppDeps): Promise<{ url: string; state: string }> {
  const settings = requireGoogleSettings(deps);
  const config = await googleConfiguration(settings);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await insertOAuthState(deps.db, {
    stateHash: sha256Hex(state),
    codeVerifier,
    nonce,
    expiresAt: new Date(deps.clock.now().getTime() + OAUTH_STATE_TTL_MS),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
  });
  return { url: url.href, state };
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function claimString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Completes the flow from the callback's query string: the state is consumed (single use, even
 * when anything later fails) and must be the one this browser started with (`browserState`, from
 * its cookie) — so a callback URL an attacker started cannot sign a victim into the attacker's
 * account. Then the code is exchanged with the PKCE verifier, and the ID token's
 * signature, issuer, audience, expiry and nonce are checked by openid-client before its claims
 * are trusted. Returns a fresh token pair; failures are GoogleSignInFailure.
 */
export async function completeGoogleSignIn(
  deps: AppDeps,
  search: string,
  browserState: string | null,
  origin: RequestOrigin,
): Promise<AuthTokens> {
  const settings = requireGoogleSettings(deps);
  const currentUrl = new URL(settings.redirectUri);
  currentUrl.search = search;
  const params = currentUrl.searchParams;
  const state = params.get("state");
  const stored = state ? await consumeOAuthState(deps.db, sha256Hex(state), deps.clock.now()) : null;

  const providerError = params.get("error");
  if (providerError) {
    throw new GoogleSignInFailure("google_denied", `The provider answered ${providerError.slice(0, 100)}`);
  }
  if (!state || !params.get("code")) {
    throw new GoogleSignInFailure("google_invalid_callback", "The callback lacks state or code");
  }
  if (!stored) throw new GoogleSignInFailure("google_state_invalid", "Unknown, expired or used state");
  if (!browserState || !safeEqual(sha256Hex(browserState), sha256Hex(state))) {
    throw new GoogleSignInFailure("google_state_invalid", "The state was issued to another browser");
  }

  const config = await googleConfiguration(settings);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: stored.codeVerifier,
      expectedState: state,
      expectedNonce: stored.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw new GoogleSignInFailure("google_exchange_failed", "Code exchange or ID token validation failed", {
      cause: error,
    });
  }
  const claims = tokens.claims();
  if (!claims) throw new GoogleSignInFailure("google_exchange_failed", "No ID token in the token response");
  return signInWithGoogleIdentity(
    deps,
    {
      subject: claims.sub,
      email: claimString(claims.email),
      emailVerified: claims.email_verified === true,
      name: claimString(claims.name),
    },
    origin,
  );
}
