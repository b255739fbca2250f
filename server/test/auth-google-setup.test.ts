import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/lib/crypto.js";
import { InvalidConfigError, loadEnv } from "../src/lib/env.js";
import { purgeExpiredOAuthStates } from "../src/modules/identity/jobs/purge-expired-oauth-states.job.js";
import {
  CALLBACK_PATH,
  newAccount,
  redirectOf,
  registerApp,
  startConfigured,
} from "./support/google-sign-in.js";
import { json } from "./support/json.js";
import type { LocalOpenIdProvider } from "./support/local-openid-provider.js";
import { ManualClock } from "./support/manual-clock.js";
import { type TestApp, useTestApp } from "./support/test-app.js";

describe("Google sign-in state expiry", () => {
  const clock = new ManualClock();
  let provider: LocalOpenIdProvider;
  let app: TestApp;

  beforeAll(async () => {
    ({ provider, app } = await startConfigured(clock));
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it("does not need the provider at boot, and retries discovery once it is up", async () => {
    // Not registered yet: the provider answers 503, like one that is down.
    const down = await redirectOf(await app.http("/api/v1/auth/google", { redirect: "manual" }));
    expect(down.href).toBe(`${app.baseUrl}/login?error=google_unavailable`);
    registerApp(provider, app);
    const up = await redirectOf(await app.http("/api/v1/auth/google", { redirect: "manual" }));
    expect(up.origin).toBe(provider.issuer);
  });

  it("refuses a state older than 10 minutes, and the purge job deletes expired states", async () => {
    const account = provider.addAccount(newAccount());
    const authorizationUrl = await redirectOf(await app.http("/api/v1/auth/google", { redirect: "manual" }));
    const url = await provider.authorize(authorizationUrl.href, account.sub);
    clock.advance(10 * 60_000 + 1_000);
    const fresh = await redirectOf(await app.http("/api/v1/auth/google", { redirect: "manual" }));

    const late = await redirectOf(await app.http(`${url.pathname}${url.search}`, { redirect: "manual" }));
    expect(late.href).toBe(`${app.baseUrl}/login?error=google_state_invalid`);

    const expiredHash = sha256Hex(url.searchParams.get("state") ?? "");
    const freshHash = sha256Hex(fresh.searchParams.get("state") ?? "");
    expect(await app.db.oAuthState.count({ where: { stateHash: expiredHash } })).toBe(1);
    await purgeExpiredOAuthStates.handler({}, app.deps);
    expect(await app.db.oAuthState.count({ where: { stateHash: expiredHash } })).toBe(0);
    expect(await app.db.oAuthState.count({ where: { stateHash: freshHash } })).toBe(1);
  });
});

describe("Google sign-in when not configured", () => {
  const app = useTestApp();

  it("answers 501 with a clear message and auth.providers says google false", async () => {
    for (const path of ["/api/v1/auth/google", `${CALLBACK_PATH}?state=x&code=y`]) {
      const response = await app().http(path, { redirect: "manual" });
      expect(response.status).toBe(501);
      expect(await json(response)).toEqual({
        error: "Google sign-in is not configured",
        code: "NOT_CONFIGURED",
      });
    }
    expect(await app().caller().auth.providers()).toEqual({ google: false });
    expect(await json(await app().http("/api/v1/auth/providers"))).toEqual({ google: false });
  });

  it("is a configuration error to set only one of the client id and secret", () => {
    for (const [set, missing] of [
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
      ["GOOGLE_CLIENT_SECRET", "GOOGLE_CLIENT_ID"],
    ] as const) {
      let thrown: unknown;
      try {
        loadEnv({ [set]: "value" });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidConfigError);
      expect((thrown as InvalidConfigError).problems).toEqual([
        expect.stringMatching(new RegExp(`^${missing}: `)),
      ]);
    }
    const env = loadEnv({ GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" });
    expect(env.GOOGLE_ISSUER).toBe("https://accounts.google.com");
    expect(env.GOOGLE_REDIRECT_URI).toBeUndefined();
  });
});
