import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { uniqueEmail } from "./auth.js";
import { LocalOpenIdProvider, type ProviderAccount } from "./local-openid-provider.js";
import type { ManualClock } from "./manual-clock.js";
import { createTestApp, type TestApp } from "./test-app.js";

export const CLIENT_ID = "baseplate-test-client";
export const CLIENT_SECRET = "baseplate-test-client-secret-0123456789";
export const CALLBACK_PATH = "/api/v1/auth/google/callback";

/** The app configured for Google with a local OpenID provider as the issuer. */
export async function startConfigured(clock?: ManualClock) {
  const provider = await LocalOpenIdProvider.start();
  const app = await createTestApp({
    clock,
    env: { GOOGLE_CLIENT_ID: CLIENT_ID, GOOGLE_CLIENT_SECRET: CLIENT_SECRET, GOOGLE_ISSUER: provider.issuer },
  });
  return { provider, app };
}

export function registerApp(provider: LocalOpenIdProvider, app: TestApp) {
  provider.registerClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${app.baseUrl}${CALLBACK_PATH}`,
  });
}

export function newAccount(overrides: Partial<ProviderAccount> = {}): ProviderAccount {
  return {
    sub: `google-${randomBytes(6).toString("hex")}`,
    email: uniqueEmail("google"),
    email_verified: true,
    name: "Grace Hopper",
    ...overrides,
  };
}

/** Where a 302 from our server points. */
export async function redirectOf(response: Response): Promise<URL> {
  expect(response.status, await response.clone().text()).toBe(302);
  const location = response.headers.get("location");
  if (!location) throw new Error("no Location header");
  return new URL(location);
}

export function tokensOf(location: URL) {
  expect(location.pathname).toBe("/auth/callback");
  expect(location.search).toBe("");
  const fragment = new URLSearchParams(location.hash.slice(1));
  const accessToken = fragment.get("access_token");
  const refreshToken = fragment.get("refresh_token");
  if (!accessToken || !refreshToken) throw new Error(`no tokens in ${location.href}`);
  return { accessToken, refreshToken };
}

export function loginErrorOf(location: URL): string | null {
  expect(location.pathname).toBe("/login");
  expect(location.hash).toBe("");
  return location.searchParams.get("error");
}
