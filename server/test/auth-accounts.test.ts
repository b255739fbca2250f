import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

describe("signup", () => {
  it("creates the account, a personal tenant it owns, and a session", async () => {
    const email = uniqueEmail();
    const result = await signUp(app(), { email: email.toUpperCase(), displayName: "Jane Doe" });
    expect(result.accessToken).toMatch(/^eyJ/);
    expect(result.refreshToken).toMatch(/^rt_/);
    expect(result.user).toMatchObject({
      email,
      displayName: "Jane Doe",
      emailVerified: false,
      isActive: true,
      authMethods: [{ provider: "password" }],
    });
    const personal = result.memberships.find((membership) => !membership.isRoot);
    expect(personal).toMatchObject({ tenantName: "Jane's Team", role: "owner" });
    expect(personal?.tenantSlug).toMatch(/^janes-team/);
    const stored = await app().db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("gives a second tenant with the same name a different slug", async () => {
    const first = await signUp(app(), { displayName: "Sam One" });
    const second = await signUp(app(), { displayName: "Sam Two" });
    const slugOf = (result: typeof first) => result.memberships.find((m) => !m.isRoot)?.tenantSlug;
    expect(slugOf(first)).not.toEqual(slugOf(second));
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    await expect(signUp(app(), { email: email.toUpperCase() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("explains a weak password over REST with 400 and the field", async () => {
    const response = await app().http("/api/v1/auth/signup", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: uniqueEmail(), password: "short", displayName: "X" }),
    });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.details[0]).toEqual({ field: "password", message: "Password must be at least 8 characters" });
    expect(await app().db.user.count({ where: { displayName: "X" } })).toBe(0);
  });
});

describe("login and me", () => {
  it("signs in and returns the same profile as me", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    const session = await app().caller().auth.login({ email, password: PASSWORD });
    const me = await callerWith(app(), session.accessToken).auth.me();
    expect(me.user.email).toBe(email);
    expect(me.user.lastLoginAt).toBeInstanceOf(Date);
    expect(me.memberships).toEqual(session.memberships);
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    const attempt = (body: object) =>
      app().http("/api/v1/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const wrong = await attempt({ email, password: "wrongPassword1" });
    const unknown = await attempt({ email: uniqueEmail(), password: "wrongPassword1" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await json(wrong)).toEqual(await json(unknown));
  });

  it("serves me over REST with a bearer token and rejects missing or forged tokens", async () => {
    const { accessToken, user } = await signUp(app());
    const ok = await app().http("/api/v1/auth/me", { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(ok.status).toBe(200);
    expect((await json(ok)).user.id).toBe(user.id);

    const missing = await app().http("/api/v1/auth/me");
    expect(missing.status).toBe(401);
    expect(await json(missing)).toEqual({ error: "Authentication required", code: "UNAUTHENTICATED" });

    const forged = `${accessToken.slice(0, -4)}AAAA`;
    const rejected = await app().http("/api/v1/auth/me", { headers: { Authorization: `Bearer ${forged}` } });
    expect(rejected.status).toBe(401);
  });

  it("rejects a deactivated user's token on the very next call", async () => {
    const { accessToken, user } = await signUp(app());
    await callerWith(app(), accessToken).auth.me();
    await app().db.user.update({ where: { id: user.id }, data: { isActive: false } });
    await expect(callerWith(app(), accessToken).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("writes audit entries for signup and logins, failed ones as warnings", async () => {
    const email = uniqueEmail();
    const { user } = await signUp(app(), { email });
    await app().caller().auth.login({ email, password: PASSWORD });
    await expect(app().caller().auth.login({ email, password: "nopeNope1" })).rejects.toThrow();
    const entries = await app().db.auditLog.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.severity])).toEqual([
      ["auth.signup", "low"],
      ["auth.login", "low"],
      ["auth.login_failed", "high"],
    ]);
  });
});

describe("root tenant", () => {
  it("exists from start and has exactly one owner however many sign up at once", async () => {
    await Promise.all(Array.from({ length: 5 }, () => signUp(app())));
    const root = await app().db.tenant.findFirstOrThrow({ where: { isRoot: true } });
    expect(await app().db.membership.count({ where: { tenantId: root.id, role: "owner" } })).toBe(1);
  });
});
