import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";

const clock = new ManualClock();
const app = useTestApp({ clock });

function loginOverRest(email: string, password: string) {
  return app().http("/api/v1/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
}

describe("lockout", () => {
  it("locks after 5 consecutive failures, refuses even the right password, and unlocks after 15 minutes", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await loginOverRest(email, "wrongPassword1")).status).toBe(401);
    }
    const locked = await loginOverRest(email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBe(900);
    expect((await json(locked)).code).toBe("RATE_LIMITED");

    clock.advance(14 * 60_000);
    expect((await loginOverRest(email, PASSWORD)).status).toBe(429);
    clock.advance(60_000);
    expect((await loginOverRest(email, PASSWORD)).status).toBe(200);

    const audit = await app().db.auditLog.findFirst({ where: { action: "auth.account_locked" } });
    expect(audit?.severity).toBe("critical");
  });

  it("locks an unknown email the same way, so a lock reveals nothing", async () => {
    const email = uniqueEmail("nobody");
    for (let attempt = 1; attempt <= 5; attempt += 1) await loginOverRest(email, "wrongPassword1");
    const response = await loginOverRest(email, "wrongPassword1");
    expect(response.status).toBe(429);
  });

  it("counts failures fired in parallel (no lost updates)", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    await Promise.all(Array.from({ length: 5 }, () => loginOverRest(email, "wrongPassword1")));
    expect((await loginOverRest(email, PASSWORD)).status).toBe(429);
  });

  it("resets the count after a successful login", async () => {
    const email = uniqueEmail();
    await signUp(app(), { email });
    for (let attempt = 1; attempt <= 4; attempt += 1) await loginOverRest(email, "wrongPassword1");
    expect((await loginOverRest(email, PASSWORD)).status).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt += 1) await loginOverRest(email, "wrongPassword1");
    expect((await loginOverRest(email, PASSWORD)).status).toBe(200);
  });
});

describe("refresh tokens", () => {
  it("rotates: the new pair works and the old refresh token is spent", async () => {
    const first = await signUp(app());
    const second = await app().caller().auth.refresh({ refreshToken: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await callerWith(app(), second.accessToken).auth.me()).user.id).toBe(first.user.id);
    const stored = await app().db.refreshToken.findMany({ where: { userId: first.user.id } });
    expect(stored.filter((token) => token.revokedAt === null)).toHaveLength(1);
  });

  it("treats a replayed refresh token as theft: the whole session is revoked and audited", async () => {
    const first = await signUp(app());
    const second = await app().caller().auth.refresh({ refreshToken: first.refreshToken });
    await expect(app().caller().auth.refresh({ refreshToken: first.refreshToken })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(app().caller().auth.refresh({ refreshToken: second.refreshToken })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(callerWith(app(), second.accessToken).auth.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const audit = await app().db.auditLog.findFirst({
      where: { action: "auth.refresh_token_reused", userId: first.user.id },
    });
    expect(audit?.severity).toBe("critical");
  });

  it("lets exactly one of several parallel refreshes with the same token succeed", async () => {
    const { refreshToken } = await signUp(app());
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => app().caller().auth.refresh({ refreshToken })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses an expired refresh token", async () => {
    const { refreshToken } = await signUp(app());
    clock.advance(31 * 86_400_000);
    await expect(app().caller().auth.refresh({ refreshToken })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("expires access tokens after their lifetime", async () => {
    const { accessToken } = await signUp(app());
    clock.advance(16 * 60_000);
    await expect(callerWith(app(), accessToken).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("logout", () => {
  it("revokes the access token at once and the given refresh token", async () => {
    const session = await signUp(app());
    const response = await app().http("/api/v1/auth/logout", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ message: "Logged out successfully" });
    await expect(callerWith(app(), session.accessToken).auth.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(app().caller().auth.refresh({ refreshToken: session.refreshToken })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("leaves the user's other sessions signed in", async () => {
    const email = uniqueEmail();
    const first = await signUp(app(), { email });
    const other = await app().caller().auth.login({ email, password: PASSWORD });
    await callerWith(app(), first.accessToken).auth.logout();
    expect((await callerWith(app(), other.accessToken).auth.me()).user.email).toBe(email);
  });
});
