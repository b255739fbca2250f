import { describe, expect, it } from "vitest";
import {
  purgeExpiredRefreshTokens,
  SPENT_TOKEN_GRACE_MS,
} from "../src/modules/identity/jobs/purge-expired-refresh-tokens.job.js";
import { signUp } from "./support/auth.js";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";

const clock = new ManualClock();
const app = useTestApp({ clock });

const purge = () => purgeExpiredRefreshTokens.handler({}, app().deps);

/** A session refreshed `times` times, a minute apart; returns every refresh token it was given. */
async function refreshedSession(times: number) {
  const account = await signUp(app());
  const tokens = [account.refreshToken];
  for (let index = 0; index < times; index += 1) {
    clock.advance(60_000);
    const next = await app()
      .caller()
      .auth.refresh({ refreshToken: tokens.at(-1) ?? "" });
    tokens.push(next.refreshToken);
  }
  const rows = () => app().db.refreshToken.count({ where: { userId: account.user.id } });
  const sessionRevoked = async () =>
    (await app().db.authSession.findFirstOrThrow({ where: { userId: account.user.id } })).revokedAt !== null;
  return { account, tokens, rows, sessionRevoked };
}

describe("purging spent refresh tokens", () => {
  it("keeps every spent token through the grace period, then only the live and the last spent one", async () => {
    const session = await refreshedSession(12);
    expect(await session.rows()).toBe(13);
    await purge();
    expect(await session.rows()).toBe(13);

    clock.advance(SPENT_TOKEN_GRACE_MS + 60_000);
    await purge();
    expect(await session.rows()).toBe(2);
    await purge();
    expect(await session.rows()).toBe(2);

    // The session still refreshes with its live token.
    const live = session.tokens.at(-1) ?? "";
    const next = await app().caller().auth.refresh({ refreshToken: live });
    clock.advance(SPENT_TOKEN_GRACE_MS + 60_000);
    await purge();
    expect(await session.rows()).toBe(2);
    expect(next.refreshToken).toEqual(expect.any(String));
  });

  it("still catches a replay of the last spent token after the purge (the session is revoked)", async () => {
    const session = await refreshedSession(5);
    clock.advance(SPENT_TOKEN_GRACE_MS + 60_000);
    await purge();
    const lastSpent = session.tokens.at(-2) ?? "";
    await expect(app().caller().auth.refresh({ refreshToken: lastSpent })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await session.sessionRevoked()).toBe(true);
  });

  it("answers a purged older token with a plain 401 and leaves the session alone", async () => {
    const session = await refreshedSession(5);
    clock.advance(SPENT_TOKEN_GRACE_MS + 60_000);
    await purge();
    const purged = session.tokens[1] ?? "";
    await expect(app().caller().auth.refresh({ refreshToken: purged })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Invalid or expired refresh token",
    });
    expect(await session.sessionRevoked()).toBe(false);
    await expect(
      app()
        .caller()
        .auth.refresh({ refreshToken: session.tokens.at(-1) ?? "" }),
    ).resolves.toBeTruthy();
  });

  it("within the grace period, replaying any spent token still revokes the session", async () => {
    const session = await refreshedSession(5);
    await purge();
    await expect(
      app()
        .caller()
        .auth.refresh({ refreshToken: session.tokens[1] ?? "" }),
    ).rejects.toThrow();
    expect(await session.sessionRevoked()).toBe(true);
  });
});
