import { afterAll, describe, expect, it, vi } from "vitest";
import { sha256Hex } from "../src/lib/crypto.js";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { linkIn, startSmtpServer, tokenIn } from "./support/smtp.js";
import { useTestApp } from "./support/test-app.js";

// The SMTP server must be listening before the app starts (its URL is configuration):
// top-level await runs before any hook, so the order is explicit.
const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const clock = new ManualClock();
const app = useTestApp({ clock, env: { SMTP_URL: smtp.url, APP_NAME: "Acme Cloud" } });

const NEW_PASSWORD = "brandNewP@ss2";
const HOUR = 3_600_000;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app().http(`/api/v1${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function signUpAndGetVerificationToken(email = uniqueEmail()) {
  const account = await signUp(app(), { email });
  const mail = await smtp.waitForMail(email);
  return { ...account, email, mail, token: tokenIn(mail, "/verify-email") };
}

async function requestResetToken(email: string, skip = 0) {
  expect((await post("/auth/forgot-password", { email })).status).toBe(200);
  const mail = await waitForKind(email, "reset-password", skip);
  return tokenIn(mail, "/reset-password");
}

/** The `skip`-th mail to `email` whose link points at /<path>. */
async function waitForKind(email: string, path: string, skip = 0) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = smtp.mailTo(email).filter((mail) => mail.text?.includes(`/${path}?token=`))[skip];
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${path} mail #${skip + 1} for ${email}`);
}

describe("email verification", () => {
  it("mails a branded link on signup that verifies the address exactly once", async () => {
    const { email, mail, token, accessToken, user } = await signUpAndGetVerificationToken();
    expect(user.emailVerified).toBe(false);
    expect(mail.subject).toContain("Acme Cloud");
    expect(mail.from?.text).toContain("Acme Cloud");
    expect(mail.text).toContain("Acme Cloud");
    expect(mail.html).toContain(linkIn(mail, "/verify-email").toString().replace(/&/g, "&amp;"));
    expect(linkIn(mail, "/verify-email").origin).toBe(app().baseUrl);
    // Only the hash is stored, never the token itself.
    const stored = await app().db.emailToken.findMany({ where: { userId: user.id } });
    expect(stored.map((row) => row.tokenHash)).toEqual([sha256Hex(token)]);
    expect(stored[0]?.purpose).toBe("verify_email");

    const response = await post("/auth/verify-email", { token });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ message: "Email verified successfully" });
    expect((await callerWith(app(), accessToken).auth.me()).user.emailVerified).toBe(true);
    const audit = await app().db.auditLog.findFirst({
      where: { action: "auth.email_verified", userId: user.id },
    });
    expect(audit?.severity).toBe("low");

    const again = await post("/auth/verify-email", { token });
    expect(again.status).toBe(400);
    expect(await json(again)).toMatchObject({
      code: "BAD_REQUEST",
      error: expect.stringMatching(/already been used/),
    });

    // Delivered over SMTP: marked sent and the body (which carried the token) is gone.
    const row = await app().db.outboundEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(row).toMatchObject({ status: "sent", kind: "verify_email", attempts: 1, htmlBody: null });
    expect(row.textBody).not.toContain(token);
    expect(row.sentAt).not.toBeNull();
  });

  it("accepts a token until 24 hours and refuses it after", async () => {
    const early = await signUpAndGetVerificationToken();
    const late = await signUpAndGetVerificationToken();
    clock.advance(24 * HOUR - 60_000);
    expect((await post("/auth/verify-email", { token: early.token })).status).toBe(200);
    clock.advance(2 * 60_000);
    const response = await post("/auth/verify-email", { token: late.token });
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatch(/expired/);
    const stillUnverified = await app().db.user.findUniqueOrThrow({ where: { id: late.user.id } });
    expect(stillUnverified.emailVerifiedAt).toBeNull();
  });

  it("refuses a made-up token with 400 and an empty one with a validation error", async () => {
    expect((await post("/auth/verify-email", { token: "not-a-real-token" })).status).toBe(400);
    const empty = await post("/auth/verify-email", { token: "" });
    expect(empty.status).toBe(400);
    expect((await json(empty)).code).toBe("VALIDATION_FAILED");
  });
});

describe("resend verification", () => {
  const MESSAGE = { message: "If the email exists, a verification link has been sent" };

  it("answers the same for known and unknown addresses, once per minute each, then sends a new link", async () => {
    const { email, token: firstToken } = await signUpAndGetVerificationToken();
    const unknown = uniqueEmail("nobody");

    for (const address of [email, unknown]) {
      const response = await post("/auth/resend-verification", { email: address });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual(MESSAGE);
    }
    const second = await smtp.waitForMail(email, { skip: 1 });
    const secondToken = tokenIn(second, "/verify-email");
    expect(secondToken).not.toBe(firstToken);

    for (const address of [email, unknown.toUpperCase()]) {
      const limited = await post("/auth/resend-verification", { email: address });
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await json(limited)).toEqual({ code: "RATE_LIMITED", error: expect.stringMatching(/seconds/) });
    }

    // rate-limiter-flexible measures windows with Date.now(): move only Date, only for this call.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    const afterAMinute = await post("/auth/resend-verification", { email }).finally(() => vi.useRealTimers());
    expect(afterAMinute.status).toBe(200);
    expect(await json(afterAMinute)).toEqual(MESSAGE);
    const third = await smtp.waitForMail(email, { skip: 2 });
    const thirdToken = tokenIn(third, "/verify-email");

    // Only the newest link works; no mail ever went to the unknown address.
    expect((await post("/auth/verify-email", { token: firstToken })).status).toBe(400);
    expect((await post("/auth/verify-email", { token: secondToken })).status).toBe(400);
    expect((await post("/auth/verify-email", { token: thirdToken })).status).toBe(200);
    expect(smtp.mailTo(unknown)).toHaveLength(0);
    expect(await app().db.outboundEmail.count({ where: { toAddress: unknown } })).toBe(0);
  });

  it("sends nothing to an address that is already verified, with the same answer", async () => {
    const { email, token } = await signUpAndGetVerificationToken();
    expect((await post("/auth/verify-email", { token })).status).toBe(200);
    const response = await post("/auth/resend-verification", { email });
    expect(await json(response)).toEqual(MESSAGE);
    expect(await app().db.outboundEmail.count({ where: { toAddress: email } })).toBe(1);
  });
});

describe("forgot and reset password", () => {
  const MESSAGE = { message: "If the email exists, a password reset link has been sent" };

  it("answers the same for unknown, Google-only and password accounts; only the password account gets mail", async () => {
    const withPassword = await signUpAndGetVerificationToken();
    // No API creates a Google-only account without a Google provider: one is made from a
    // signed-up account by removing its password and linking a Google identity.
    const googleOnly = await signUpAndGetVerificationToken();
    await app().db.user.update({ where: { id: googleOnly.user.id }, data: { passwordHash: null } });
    await app().db.userIdentity.create({
      data: {
        userId: googleOnly.user.id,
        provider: "google",
        subject: `g-${googleOnly.user.id}`,
        email: googleOnly.email,
      },
    });
    const unknown = uniqueEmail("nobody");

    for (const email of [unknown, googleOnly.email, withPassword.email]) {
      const response = await post("/auth/forgot-password", { email });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual(MESSAGE);
    }
    const mail = await waitForKind(withPassword.email, "reset-password");
    expect(mail.subject).toBe("Reset your Acme Cloud password");
    expect(linkIn(mail, "/reset-password").origin).toBe(app().baseUrl);
    const resetMail = { kind: "reset_password" };
    expect(await app().db.outboundEmail.count({ where: { ...resetMail, toAddress: googleOnly.email } })).toBe(
      0,
    );
    expect(await app().db.outboundEmail.count({ where: { ...resetMail, toAddress: unknown } })).toBe(0);
    expect(
      await app().db.emailToken.count({ where: { userId: googleOnly.user.id, purpose: "reset_password" } }),
    ).toBe(0);
  });

  it("resets with the link's token: new password works, old does not, every session ends, lockout clears", async () => {
    const { email, user, accessToken, refreshToken } = await signUpAndGetVerificationToken();
    const second = await app().caller().auth.login({ email, password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(app().caller().auth.login({ email, password: "wrongPass1" })).rejects.toThrow();
    }
    await expect(app().caller().auth.login({ email, password: PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    const token = await requestResetToken(email);
    const response = await post("/auth/reset-password", { token, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ message: "Password reset successfully" });

    for (const session of [{ accessToken, refreshToken }, second]) {
      await expect(callerWith(app(), session.accessToken).auth.me()).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      await expect(app().caller().auth.refresh({ refreshToken: session.refreshToken })).rejects.toMatchObject(
        {
          code: "UNAUTHORIZED",
        },
      );
    }
    await expect(app().caller().auth.login({ email, password: PASSWORD })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const signedIn = await app().caller().auth.login({ email, password: NEW_PASSWORD });
    // The link proved control of the mailbox: the address counts as verified.
    expect(signedIn.user.emailVerified).toBe(true);

    const audit = await app().db.auditLog.findFirst({
      where: { action: "auth.password_reset", userId: user.id },
    });
    expect(audit?.severity).toBe("high");
    const reused = await post("/auth/reset-password", { token, newPassword: "anotherP@ss3" });
    expect(reused.status).toBe(400);
    expect((await json(reused)).error).toMatch(/already been used/);
    expect((await app().caller().auth.login({ email, password: NEW_PASSWORD })).user.id).toBe(user.id);
  });

  it("lets exactly one of two parallel resets with the same token win", async () => {
    const { email } = await signUpAndGetVerificationToken();
    const token = await requestResetToken(email);
    const passwords = ["parallelOne1", "parallelTwo2"];
    const responses = await Promise.all(
      passwords.map((newPassword) => post("/auth/reset-password", { token, newPassword })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 400]);
    const winner = passwords[responses.findIndex((response) => response.status === 200)] ?? "";
    const loser = passwords.find((password) => password !== winner) ?? "";
    expect((await app().caller().auth.login({ email, password: winner })).user.email).toBe(email);
    await expect(app().caller().auth.login({ email, password: loser })).rejects.toThrow();
  });

  it("keeps only the newest reset link alive and refuses it after an hour", async () => {
    const { email } = await signUpAndGetVerificationToken();
    const first = await requestResetToken(email);
    const second = await requestResetToken(email, 1);
    expect((await post("/auth/reset-password", { token: first, newPassword: NEW_PASSWORD })).status).toBe(
      400,
    );
    clock.advance(HOUR + 60_000);
    const expired = await post("/auth/reset-password", { token: second, newPassword: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect((await json(expired)).error).toMatch(/expired/);
    expect((await app().caller().auth.login({ email, password: PASSWORD })).user.email).toBe(email);
  });

  it("refuses a weak new password with a clear 400 and changes nothing (the link still works)", async () => {
    const { email, accessToken } = await signUpAndGetVerificationToken();
    const token = await requestResetToken(email);
    const weak = await post("/auth/reset-password", { token, newPassword: "lettersonly" });
    expect(weak.status).toBe(400);
    const body = await json(weak);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.details).toEqual([{ field: "newPassword", message: "Password must contain a number" }]);
    expect((await callerWith(app(), accessToken).auth.me()).user.email).toBe(email);
    expect((await app().caller().auth.login({ email, password: PASSWORD })).user.email).toBe(email);
    expect((await post("/auth/reset-password", { token, newPassword: NEW_PASSWORD })).status).toBe(200);
  });
});

describe("checking a reset link before the form", () => {
  const check = async (token: string) => {
    const response = await post("/auth/reset-password/check", { token });
    expect(response.status).toBe(200);
    return json(response);
  };

  it("says whether the link works and until when, and nothing more", async () => {
    const { email } = await signUpAndGetVerificationToken();
    const first = await requestResetToken(email);
    const firstAnswer = await check(first);
    expect(firstAnswer).toEqual({ valid: true, expiresAt: expect.any(String) });
    expect(new Date(firstAnswer.expiresAt).getTime()).toBe(clock.now().getTime() + HOUR);
    await expect(app().caller().auth.checkResetToken({ token: first })).resolves.toEqual({
      valid: true,
      expiresAt: expect.any(Date),
    });

    const second = await requestResetToken(email, 1);
    const invalid = { valid: false, expiresAt: null };
    expect(await check(first)).toEqual(invalid); // superseded
    expect(await check("x".repeat(43))).toEqual(invalid); // unknown
    expect((await post("/auth/reset-password", { token: second, newPassword: NEW_PASSWORD })).status).toBe(
      200,
    );
    expect(await check(second)).toEqual(invalid); // used
  });

  it("answers valid false once the hour is over, and 400 to a missing token", async () => {
    const { email } = await signUpAndGetVerificationToken();
    const token = await requestResetToken(email);
    clock.advance(HOUR + 1000);
    expect(await check(token)).toEqual({ valid: false, expiresAt: null });
    const missing = await post("/auth/reset-password/check", {});
    expect(missing.status).toBe(400);
    expect(await json(missing)).toMatchObject({
      code: "VALIDATION_FAILED",
      error: expect.stringContaining("token"),
    });
  });
});
