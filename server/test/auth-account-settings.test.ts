import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

async function signedInTwice() {
  const email = uniqueEmail();
  const first = await signUp(app(), { email, displayName: "Sam Sessions" });
  const second = await app()
    .caller({ userAgent: "Second Browser/1.0", ip: "10.0.0.2" })
    .auth.login({ email, password: PASSWORD });
  return { first, second };
}

describe("profile", () => {
  it("updates the display name, trimmed, and rejects an empty one", async () => {
    const person = await signUp(app());
    const auth = callerWith(app(), person.accessToken).auth;
    expect((await auth.updateProfile({ displayName: "  New Name " })).user.displayName).toBe("New Name");
    expect((await auth.me()).user.displayName).toBe("New Name");
    const response = await app().http("/api/v1/auth/me", {
      method: "PATCH",
      headers: { Authorization: `Bearer ${person.accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ displayName: "   " }),
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      error: "Invalid input: displayName: Display name is required",
    });
    expect((await auth.me()).user.displayName).toBe("New Name");
  });
});

describe("sessions", () => {
  it("lists live sessions with the current one marked", async () => {
    const { first, second } = await signedInTwice();
    const { sessions } = await callerWith(app(), second.accessToken).auth.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toEqual([
      expect.objectContaining({ method: "password", userAgent: "Second Browser/1.0", ipAddress: "10.0.0.2" }),
    ]);
    await callerWith(app(), first.accessToken).auth.logout();
    expect((await callerWith(app(), second.accessToken).auth.sessions()).sessions).toHaveLength(1);
  });

  it("signs out one session: its access and refresh tokens stop at once", async () => {
    const { first, second } = await signedInTwice();
    const auth = callerWith(app(), second.accessToken).auth;
    const target = (await auth.sessions()).sessions.find((s) => !s.current)?.id ?? "";
    await expect(auth.revokeSession({ sessionId: target })).resolves.toEqual({
      message: "Session signed out",
    });
    await expect(callerWith(app(), first.accessToken).auth.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(app().caller().auth.refresh({ refreshToken: first.refreshToken })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(auth.me()).resolves.toBeTruthy();
  });

  it("cannot sign out someone else's session (same answer as a missing one)", async () => {
    const { first } = await signedInTwice();
    const stranger = await signUp(app());
    const targets = (await callerWith(app(), first.accessToken).auth.sessions()).sessions.map((s) => s.id);
    const attempt = (sessionId: string) =>
      app().http(`/api/v1/auth/sessions/${sessionId}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${stranger.accessToken}` },
      });
    const foreign = await attempt(targets[0] ?? "");
    const missing = await attempt(randomUUID());
    expect(foreign.status).toBe(404);
    expect(await json(foreign)).toEqual(await json(missing));
    await expect(callerWith(app(), first.accessToken).auth.me()).resolves.toBeTruthy();
  });

  it("signs out every other session and keeps this one", async () => {
    const { first, second } = await signedInTwice();
    const third = await app().caller().auth.login({ email: first.user.email, password: PASSWORD });
    const result = await callerWith(app(), second.accessToken).auth.revokeOtherSessions();
    expect(result).toEqual({ message: "Signed out 2 other sessions", count: 2 });
    for (const gone of [first, third]) {
      await expect(callerWith(app(), gone.accessToken).auth.me()).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(callerWith(app(), second.accessToken).auth.me()).resolves.toBeTruthy();
    expect(
      await app().db.auditLog.count({
        where: { action: "auth.other_sessions_revoked", userId: first.user.id },
      }),
    ).toBe(1);
  });
});
