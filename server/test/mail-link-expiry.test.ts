import { afterAll, describe, expect, it } from "vitest";
import { expireEmailLinksJob } from "../src/modules/mail/jobs/expire-email-links.job.js";
import { callerWith, PASSWORD, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { startSmtpServer } from "./support/smtp.js";
import { useTestApp } from "./support/test-app.js";

const HOUR = 3_600_000;
const clock = new ManualClock();
/** No SMTP: mail is captured in the dev mailbox. */
const app = useTestApp({ clock, env: { JOBS_ENABLED: "false" } });
const smtp = await startSmtpServer({ reject: true });
afterAll(() => smtp.close());
/** Production config: SMTP required, never a dev mailbox. */
const production = useTestApp({
  env: {
    NODE_ENV: "production",
    PUBLIC_URL: "http://localhost:3000",
    METRICS_TOKEN: "metrics-token-0123456789",
    SMTP_URL: smtp.url,
    JOBS_ENABLED: "false",
  },
});

/** SMTP configured outside production: the admin console lists the outbox. */
const withSmtp = useTestApp({ env: { SMTP_URL: smtp.url, JOBS_ENABLED: "false" } });

type MailboxEmail = { to: string; kind: string; text: string; linkExpiresAt: string | null };

/** Access tokens last 15 minutes and the clock jumps hours: sign in afresh each time. */
async function mailboxOf(operator: string, to: string): Promise<MailboxEmail[]> {
  const { accessToken } = await app().caller().auth.login({ email: operator, password: PASSWORD });
  const response = await app().http("/api/v1/admin/dev-mailbox", {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(200);
  // The manual clock stands still, so both mails share createdAt: order them by kind.
  return body.emails
    .filter((email: MailboxEmail) => email.to === to)
    .sort((a: MailboxEmail, b: MailboxEmail) => a.kind.localeCompare(b.kind));
}

describe("stored mail never outlives its link", () => {
  it("drops a captured reset link after 1 hour and a verification link after 24 hours", async () => {
    const operator = (await signUp(app())).user.email; // the first account is the root owner
    const email = uniqueEmail("expiring");
    await signUp(app(), { email });
    await app().caller().auth.forgotPassword({ email });
    const [reset, verify] = await mailboxOf(operator, email);
    expect(reset).toMatchObject({ kind: "reset_password", text: expect.stringContaining("token=") });
    expect(new Date(reset?.linkExpiresAt ?? 0).getTime()).toBe(clock.now().getTime() + HOUR);
    expect(verify).toMatchObject({ kind: "verify_email", text: expect.stringContaining("token=") });

    clock.advance(HOUR + 1_000);
    await expireEmailLinksJob.handler({}, app().deps);
    const [expiredReset, liveVerify] = await mailboxOf(operator, email);
    expect(expiredReset?.text).not.toContain("token=");
    expect(expiredReset?.text).toMatch(/expired/);
    expect(liveVerify?.text).toContain("token=");

    clock.advance(24 * HOUR);
    await expireEmailLinksJob.handler({}, app().deps);
    const rows = await app().db.outboundEmail.findMany({ where: { toAddress: email } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.textBody).not.toContain("token=");
      expect(row.htmlBody).toBeNull();
    }
  });

  it("has no dev mailbox in production, even for the root owner, and keeps SMTP mail unreadable", async () => {
    const operator = await signUp(production());
    const response = await production().http("/api/v1/admin/dev-mailbox", {
      headers: { Authorization: `Bearer ${operator.accessToken}` },
    });
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ code: "NOT_FOUND" });
    await expect(callerWith(production(), operator.accessToken).admin.devMailbox()).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows no body of mail waiting for SMTP outside production either", async () => {
    const operator = await signUp(withSmtp());
    const body = await json(
      await withSmtp().http("/api/v1/admin/dev-mailbox", {
        headers: { Authorization: `Bearer ${operator.accessToken}` },
      }),
    );
    expect(body.smtpConfigured).toBe(true);
    const [verification] = body.emails;
    expect(verification).toMatchObject({ status: "pending", kind: "verify_email" });
    expect(verification.text).not.toContain("token=");
  });
});
