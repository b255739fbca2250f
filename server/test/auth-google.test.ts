import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/lib/crypto.js";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import {
  CALLBACK_PATH,
  CLIENT_ID,
  loginErrorOf,
  newAccount,
  redirectOf,
  registerApp,
  startConfigured,
  tokensOf,
} from "./support/google-sign-in.js";
import { json } from "./support/json.js";

const STATE_COOKIE = "bp_google_state";

function stateCookieOf(response: Response): string {
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie?.startsWith(`${STATE_COOKIE}=`)) throw new Error("the start route set no state cookie");
  return cookie;
}

import type { LocalOpenIdProvider, ProviderAccount } from "./support/local-openid-provider.js";
import type { TestApp } from "./support/test-app.js";

describe("Google sign-in against a local OpenID provider", () => {
  let provider: LocalOpenIdProvider;
  let app: TestApp;

  beforeAll(async () => {
    ({ provider, app } = await startConfigured());
    registerApp(provider, app);
    // The first account becomes the root tenant's owner; the Google users below are ordinary.
    await signUp(app, { displayName: "Founder" });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** State cookies our start route set, as the browser that started each sign-in holds them. */
  const browserCookies = new Set<string>();

  /** The browser's trip: our start → the provider's pages → back to our callback URL. */
  async function authorize(account: ProviderAccount, options: { abort?: boolean } = {}): Promise<URL> {
    provider.addAccount(account);
    const start = await app.http("/api/v1/auth/google", { redirect: "manual" });
    const cookie = stateCookieOf(start);
    browserCookies.add(cookie);
    const callback = await provider.authorize((await redirectOf(start)).href, account.sub, options);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${app.baseUrl}${CALLBACK_PATH}`);
    return callback;
  }

  /** Opens the callback URL in the browser that started it, or in one holding `cookie`. */
  async function callback(url: URL | string, options: { cookie?: string | null } = {}): Promise<URL> {
    const target = new URL(url);
    const own = `${STATE_COOKIE}=${target.searchParams.get("state")}`;
    const cookie = options.cookie === undefined ? (browserCookies.has(own) ? own : null) : options.cookie;
    return redirectOf(
      await app.http(`${target.pathname}${target.search}`, {
        redirect: "manual",
        headers: cookie ? { Cookie: cookie } : {},
      }),
    );
  }

  async function signInWithGoogle(account: ProviderAccount) {
    return tokensOf(await callback(await authorize(account)));
  }

  function sessionsOf(userId: string) {
    return app.db.authSession.count({ where: { userId } });
  }

  it("says Google is available", async () => {
    expect(await app.caller().auth.providers()).toEqual({ google: true });
    const response = await app.http("/api/v1/auth/providers");
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ google: true });
  });

  it("documents the Google routes and auth.providers in the OpenAPI document", async () => {
    const document = await json(await app.http("/api/openapi.json"));
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/auth/google", "/auth/google/callback", "/auth/providers"]),
    );
    expect(Object.keys(document.paths["/auth/google/callback"].get.responses)).toEqual(["302", "501"]);
  });

  it("starts with a redirect carrying state, nonce and an S256 PKCE challenge, keeping only the state's hash", async () => {
    const response = await app.http("/api/v1/auth/google", { redirect: "manual" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const url = await redirectOf(response);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = url.searchParams;
    expect(params.get("client_id")).toBe(CLIENT_ID);
    expect(params.get("response_type")).toBe("code");
    expect(params.get("redirect_uri")).toBe(`${app.baseUrl}${CALLBACK_PATH}`);
    expect(params.get("scope")).toBe("openid email profile");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("nonce")).toMatch(/^[\w-]{20,}$/);
    const state = params.get("state") ?? "";
    expect(state).toMatch(/^[\w-]{20,}$/);

    const stored = await app.db.oAuthState.findUnique({ where: { stateHash: sha256Hex(state) } });
    expect(stored).not.toBeNull();
    expect(await app.db.oAuthState.count({ where: { stateHash: state } })).toBe(0);
    const ttl = (stored?.expiresAt.getTime() ?? 0) - Date.now();
    expect(ttl).toBeGreaterThan(9 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
  });

  it("creates an account with a personal tenant for a new Google user; the fragment's tokens work", async () => {
    const account = newAccount({ name: "Grace Hopper", email: uniqueEmail("Grace").toUpperCase() });
    const tokens = await signInWithGoogle(account);

    const me = await callerWith(app, tokens.accessToken).auth.me();
    expect(me.user).toMatchObject({
      email: account.email.toLowerCase(),
      displayName: "Grace Hopper",
      emailVerified: true,
      isActive: true,
      authMethods: [{ provider: "google" }],
    });
    expect(me.user.lastLoginAt).toBeInstanceOf(Date);
    expect(me.memberships).toEqual([
      expect.objectContaining({ tenantName: "Grace's Team", role: "owner", isRoot: false }),
    ]);

    const identities = await app.db.userIdentity.findMany({ where: { userId: me.user.id } });
    expect(identities).toMatchObject([{ provider: "google", subject: account.sub }]);
    const user = await app.db.user.findUniqueOrThrow({ where: { id: me.user.id } });
    expect(user.passwordHash).toBeNull();
    const sessions = await app.db.authSession.findMany({ where: { userId: me.user.id } });
    expect(sessions).toMatchObject([{ method: "google", revokedAt: null }]);
    const audit = await app.db.auditLog.findMany({
      where: { userId: me.user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.metadata])).toEqual(
      expect.arrayContaining([
        ["auth.signup", { method: "google" }],
        ["auth.login", { method: "google" }],
      ]),
    );

    const refreshed = await app.caller().auth.refresh({ refreshToken: tokens.refreshToken });
    expect(refreshed.user.id).toBe(me.user.id);
  });

  it("names the account after the email's local part when the provider gives no name", async () => {
    const account = newAccount({
      name: undefined,
      email: `hopper.g-${randomBytes(4).toString("hex")}@example.test`,
    });
    const me = await callerWith(app, (await signInWithGoogle(account)).accessToken).auth.me();
    expect(me.user.displayName).toBe(account.email.split("@")[0]);
  });

  it("links to an existing verified password account with the same email, which can still sign in with its password", async () => {
    const email = uniqueEmail("ada");
    const signup = await signUp(app, { email, displayName: "Ada Lovelace" });
    await app.db.user.update({ where: { id: signup.user.id }, data: { emailVerifiedAt: new Date() } });

    const tokens = await signInWithGoogle(newAccount({ email: email.toUpperCase(), name: "Ada L." }));
    const me = await callerWith(app, tokens.accessToken).auth.me();
    expect(me.user.id).toBe(signup.user.id);
    expect(me.user.displayName).toBe("Ada Lovelace");
    expect(me.user.emailVerified).toBe(true);
    expect(me.user.authMethods).toEqual([{ provider: "password" }, { provider: "google" }]);
    expect(me.memberships).toEqual(signup.memberships);
    expect(await app.db.user.count({ where: { email } })).toBe(1);
    expect(
      await app.db.auditLog.count({ where: { userId: signup.user.id, action: "auth.google_linked" } }),
    ).toBe(1);

    const login = await app.caller().auth.login({ email, password: PASSWORD });
    expect(login.user.id).toBe(signup.user.id);
    expect(login.user.authMethods).toEqual([{ provider: "password" }, { provider: "google" }]);
  });

  it("signs the same Google subject into the same account again, even after its email changed", async () => {
    const account = newAccount();
    const first = await callerWith(app, (await signInWithGoogle(account)).accessToken).auth.me();
    const renamed = { ...account, email: uniqueEmail("renamed") };
    const second = await callerWith(app, (await signInWithGoogle(renamed)).accessToken).auth.me();
    expect(second.user.id).toBe(first.user.id);
    expect(second.user.email).toBe(account.email);
    expect(await sessionsOf(first.user.id)).toBe(2);
    expect(await app.db.userIdentity.count({ where: { subject: account.sub } })).toBe(1);
  });

  it("never hands a pre-registered, unverified account to the Google user with that address", async () => {
    const email = uniqueEmail("victim");
    const squatter = await signUp(app, { email }); // someone else signed up with this address, never verified
    const location = await callback(await authorize(newAccount({ email })));
    expect(loginErrorOf(location)).toBe("google_account_unverified");
    expect(await app.db.userIdentity.count({ where: { userId: squatter.user.id } })).toBe(0);
    expect(await sessionsOf(squatter.user.id)).toBe(1);
    const stored = await app.db.user.findUniqueOrThrow({ where: { id: squatter.user.id } });
    expect(stored.emailVerifiedAt).toBeNull();
  });

  it("refuses a callback opened in a browser that did not start the sign-in (login CSRF)", async () => {
    const attacker = newAccount();
    const attackerCallback = await authorize(attacker); // the attacker stops here and sends the link
    for (const cookie of [null, `${STATE_COOKIE}=someone-elses-state`]) {
      const url = cookie === null ? attackerCallback : await authorize(attacker);
      expect(loginErrorOf(await callback(url, { cookie }))).toBe("google_state_invalid");
    }
    expect(await app.db.user.count({ where: { email: attacker.email } })).toBe(0);
    // The state is spent: not even the attacker's own browser can finish it now.
    expect(loginErrorOf(await callback(attackerCallback))).toBe("google_state_invalid");
  });

  it("binds the state to the browser with an HttpOnly, SameSite=Lax cookie, cleared at the callback", async () => {
    const start = await app.http("/api/v1/auth/google", { redirect: "manual" });
    const setCookie = start.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/api\/v1\/auth\/google/);
    const state = (await redirectOf(start)).searchParams.get("state");
    expect(setCookie).toContain(`${STATE_COOKIE}=${state}`);
    const finish = await app.http(`${CALLBACK_PATH}?state=${state}&code=x`, { redirect: "manual" });
    expect(finish.headers.get("set-cookie")).toMatch(new RegExp(`${STATE_COOKIE}=;`));
  });

  it("refuses an unverified Google email that matches an existing account", async () => {
    const email = uniqueEmail("victim");
    const victim = await signUp(app, { email });
    const location = await callback(await authorize(newAccount({ email, email_verified: false })));
    expect(loginErrorOf(location)).toBe("google_email_unverified");
    expect(await app.db.userIdentity.count({ where: { userId: victim.user.id } })).toBe(0);
    expect(await sessionsOf(victim.user.id)).toBe(1);
    const me = await callerWith(app, victim.accessToken).auth.me();
    expect(me.user.authMethods).toEqual([{ provider: "password" }]);
    expect(me.user.emailVerified).toBe(false);
  });

  it("creates no account for an unverified Google email", async () => {
    const account = newAccount({ email_verified: false });
    expect(loginErrorOf(await callback(await authorize(account)))).toBe("google_email_unverified");
    expect(await app.db.user.count({ where: { email: account.email } })).toBe(0);
  });

  it("refuses a deactivated account", async () => {
    const email = uniqueEmail("gone");
    const user = await signUp(app, { email });
    await app.db.user.update({ where: { id: user.user.id }, data: { isActive: false } });
    expect(loginErrorOf(await callback(await authorize(newAccount({ email }))))).toBe("account_deactivated");
    expect(await sessionsOf(user.user.id)).toBe(1);
    expect(await app.db.userIdentity.count({ where: { userId: user.user.id } })).toBe(0);
  });

  it("rejects a tampered or unknown state without creating a session", async () => {
    const account = newAccount();
    const url = await authorize(account);
    const tampered = new URL(url);
    tampered.searchParams.set("state", `${url.searchParams.get("state")}x`);
    expect(loginErrorOf(await callback(tampered))).toBe("google_state_invalid");
    const unknown = new URL(url);
    unknown.searchParams.set("state", randomBytes(32).toString("base64url"));
    expect(loginErrorOf(await callback(unknown))).toBe("google_state_invalid");
    expect(await app.db.user.count({ where: { email: account.email } })).toBe(0);
  });

  it("rejects a callback without state or code", async () => {
    const url = await authorize(newAccount());
    const noCode = new URL(url);
    noCode.searchParams.delete("code");
    expect(loginErrorOf(await callback(noCode))).toBe("google_invalid_callback");
    expect(loginErrorOf(await callback(`${app.baseUrl}${CALLBACK_PATH}`))).toBe("google_invalid_callback");
    // The state was presented, so it is spent: the full callback cannot be replayed afterwards.
    expect(loginErrorOf(await callback(url))).toBe("google_state_invalid");
  });

  it("accepts a state only once, also when the same callback arrives twice at the same moment", async () => {
    const account = newAccount();
    const url = await authorize(account);
    const outcomes = await Promise.all([callback(url), callback(url)]);
    const succeeded = outcomes.filter((location) => location.pathname === "/auth/callback");
    const failed = outcomes.filter((location) => location.pathname === "/login");
    expect(succeeded).toHaveLength(1);
    expect(failed.map(loginErrorOf)).toEqual(["google_state_invalid"]);

    expect(loginErrorOf(await callback(url))).toBe("google_state_invalid");
    const user = await app.db.user.findUniqueOrThrow({ where: { email: account.email } });
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it("creates one account when two first sign-ins of the same Google user complete in parallel", async () => {
    const account = newAccount();
    const [first, second] = [await authorize(account), await authorize(account)];
    const locations = await Promise.all([callback(first), callback(second)]);
    const users = await Promise.all(
      locations.map(
        async (location) => (await callerWith(app, tokensOf(location).accessToken).auth.me()).user.id,
      ),
    );
    expect(users[0]).toBe(users[1]);
    expect(await app.db.user.count({ where: { email: account.email } })).toBe(1);
    expect(await app.db.userIdentity.count({ where: { subject: account.sub } })).toBe(1);
    expect(await app.db.membership.count({ where: { userId: users[0] } })).toBe(1);
    expect(await sessionsOf(users[0] ?? "")).toBe(2);
  });

  it("sends the user back to the login page when they cancel at the provider", async () => {
    const account = newAccount();
    const url = await authorize(account, { abort: true });
    expect(url.searchParams.get("error")).toBe("access_denied");
    expect(loginErrorOf(await callback(url))).toBe("google_denied");
    // The state was consumed with the error answer.
    expect(
      await app.db.oAuthState.count({ where: { stateHash: sha256Hex(url.searchParams.get("state") ?? "") } }),
    ).toBe(0);
    expect(await app.db.user.count({ where: { email: account.email } })).toBe(0);
  });

  it("refuses a code that the provider did not issue for this state", async () => {
    const account = newAccount();
    const first = await authorize(account);
    const second = await authorize(account);
    const swapped = new URL(first);
    swapped.searchParams.set("code", second.searchParams.get("code") ?? "");
    // The state is genuine but the code belongs to another request (another PKCE verifier).
    expect(loginErrorOf(await callback(swapped))).toBe("google_exchange_failed");
    expect(await app.db.user.count({ where: { email: account.email } })).toBe(0);
  });
});
