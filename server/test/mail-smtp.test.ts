import { afterAll, describe, expect, it } from "vitest";
import {
  DeliveryFailedError,
  deliverEmail,
  MAX_DELIVERY_ATTEMPTS,
} from "../src/modules/mail/services/delivery.service.js";
import { queueEmail, redispatchStaleEmails } from "../src/modules/mail/services/outbox.service.js";
import { renderEmail } from "../src/modules/mail/templates.js";
import { signUp, uniqueEmail } from "./support/auth.js";
import { ManualClock } from "./support/manual-clock.js";
import { startSmtpServer } from "./support/smtp.js";
import { type TestApp, useTestApp } from "./support/test-app.js";

// Both servers listen before the apps start (top-level await runs before any hook).
const accepting = await startSmtpServer();
const rejecting = await startSmtpServer({ reject: true });
const slow = await startSmtpServer({ acceptDelayMs: 1500 });
afterAll(() => Promise.all([accepting.close(), rejecting.close(), slow.close()]));

const clock = new ManualClock();
/** Workers off: the test drives delivery itself, so it can race it and count sends. */
const manual = useTestApp({
  clock,
  env: { SMTP_URL: accepting.url, JOBS_ENABLED: "false", APP_NAME: "Acme Cloud" },
});
/** Workers on, against a server that refuses every recipient. */
const refused = useTestApp({ env: { SMTP_URL: rejecting.url } });
/** Workers off, against a server that takes 1.5 s to accept a message. */
const slowApp = useTestApp({ env: { SMTP_URL: slow.url, JOBS_ENABLED: "false" } });

async function queue(app: TestApp, to: string, kind = "notice") {
  const content = renderEmail("Acme Cloud", {
    heading: "Hello <there>",
    paragraphs: ["A & B"],
    action: { label: "Open", url: "http://localhost/x?token=abc&y=1" },
  });
  return app.db.$transaction((tx) => queueEmail(app.deps, tx, { to, kind, ...content }));
}

function deliveryJobsFor(app: TestApp, emailId: string) {
  return app.db.$queryRaw<{ state: string }[]>`
    SELECT state FROM pgboss.job WHERE name = 'mail.deliver' AND data->>'emailId' = ${emailId}`;
}

describe("mail delivery job", () => {
  it("sends a pending email once however many workers race for it, then keeps no body", async () => {
    const to = uniqueEmail("race");
    const id = await queue(manual(), to);
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => deliverEmail(manual().deps, id)));
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "skipped")).toHaveLength(3);
    // Once more after the fact: nothing left to send.
    expect(await deliverEmail(manual().deps, id)).toBe("skipped");

    const mail = await accepting.waitForMail(to);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accepting.mailTo(to)).toHaveLength(1);
    expect(mail.from?.value[0]).toMatchObject({ name: "Acme Cloud", address: "no-reply@localhost" });
    expect(mail.subject).toBe("Acme Cloud: Hello <there>");
    expect(mail.text).toContain("Open: http://localhost/x?token=abc&y=1");
    expect(mail.html).toContain("Hello &lt;there&gt;");
    expect(mail.html).toContain('href="http://localhost/x?token=abc&amp;y=1"');

    const row = await manual().db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null, htmlBody: null });
    expect(row.sentAt).toEqual(clock.now());
    expect(row.textBody).not.toContain("token=abc");
  });

  it("holds no transaction or row lock while the SMTP server takes its time", async () => {
    const id = await queue(slowApp(), uniqueEmail("slow"));
    const sending = deliverEmail(slowApp().deps, id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Mid-send: the row is free to lock, and no session of ours sits idle in a transaction.
    const locked = await slowApp().db.$transaction(
      (tx) =>
        tx.$queryRaw<
          { id: string }[]
        >`SELECT "id" FROM "OutboundEmail" WHERE "id" = ${id}::uuid FOR UPDATE NOWAIT`,
    );
    expect(locked).toHaveLength(1);
    const idle = await slowApp().db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`;
    expect(Number(idle[0]?.count)).toBe(0);
    // A second worker finds the email claimed and leaves it alone.
    expect(await deliverEmail(slowApp().deps, id)).toBe("skipped");
    expect(await sending).toBe("sent");
    expect(slow.messages).toHaveLength(1);
  });

  it("takes over an email whose worker died mid-send once its lease has run out", async () => {
    const id = await queue(manual(), uniqueEmail("orphan"));
    // As a worker that claimed it and then crashed would leave it:
    const leaseUntil = new Date(clock.now().getTime() + 60_000);
    await manual().db.outboundEmail.update({ where: { id }, data: { leaseUntil } });
    expect(await deliverEmail(manual().deps, id)).toBe("skipped");
    clock.advance(60_001);
    expect(await deliverEmail(manual().deps, id)).toBe("sent");
    const row = await manual().db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", leaseUntil: null });
  });

  it("re-dispatches mail that was committed but never handed to delivery (crash before dispatch)", async () => {
    const id = await queue(manual(), uniqueEmail("lost"));
    expect(await redispatchStaleEmails(manual().deps)).toBe(0);
    expect(await deliveryJobsFor(manual(), id)).toHaveLength(0);
    clock.advance(61_000);
    expect(await redispatchStaleEmails(manual().deps)).toBe(1);
    expect(await deliveryJobsFor(manual(), id)).toEqual([{ state: "created" }]);
  });

  it("records a refused delivery (attempts, lastError), leaves the email pending and retries", async () => {
    const to = uniqueEmail("refused");
    await signUp(refused(), { email: to });
    const deadline = Date.now() + 10_000;
    let row = await refused().db.outboundEmail.findFirstOrThrow({ where: { toAddress: to } });
    while (row.attempts === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await refused().db.outboundEmail.findFirstOrThrow({ where: { toAddress: to } });
    }
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.status).toBe("pending");
    expect(row.sentAt).toBeNull();
    expect(row.lastError).toMatch(/550|Mailbox unavailable|rejected/);
    expect(row.textBody).toContain("/verify-email?token=");
    // The job failed and pg-boss holds it for a retry with backoff (it marks the job a moment after the row).
    const rowId = row.id;
    await expect
      .poll(async () => (await deliveryJobsFor(refused(), rowId)).map((job) => job.state))
      .toContain("retry");
    expect(rejecting.messages).toHaveLength(0);
  });

  it("throws for a retry while attempts remain, and marks the email failed on the last one", async () => {
    const id = await queue(refused(), uniqueEmail("doomed"));
    await expect(deliverEmail(refused().deps, id)).rejects.toBeInstanceOf(DeliveryFailedError);
    let row = await refused().db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });

    await refused().db.outboundEmail.update({ where: { id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    expect(await deliverEmail(refused().deps, id)).toBe("failed");
    row = await refused().db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });
    expect(row.lastError).toMatch(/550|Mailbox unavailable|rejected/);
    // Nobody will send it now: its single-use link does not stay in the database.
    expect(row.textBody).not.toContain("token=abc");
    expect(row.htmlBody).toBeNull();
  });
});
