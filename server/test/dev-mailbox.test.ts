import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { dispatchEmails, queueEmail } from "../src/modules/mail/services/outbox.service.js";
import { callerWith, signUp, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { tokenIn } from "./support/smtp.js";
import { useTestApp } from "./support/test-app.js";

/** No SMTP_URL: every email is captured in the dev mailbox instead of being sent. */
const app = useTestApp({ env: { APP_NAME: "Acme Cloud" } });

function getMailbox(accessToken: string) {
  return app().http("/api/v1/admin/dev-mailbox", { headers: { Authorization: `Bearer ${accessToken}` } });
}

describe("dev mailbox", () => {
  it("captures mail without SMTP and shows it, newest first, to the root owner; its links work", async () => {
    // The first account of a fresh database becomes owner of the root tenant.
    const ownerEmail = uniqueEmail("owner");
    const owner = await signUp(app(), { email: ownerEmail });
    expect(owner.memberships.some((membership) => membership.isRoot && membership.role === "owner")).toBe(
      true,
    );
    const memberEmail = uniqueEmail("member");
    await signUp(app(), { email: memberEmail });
    await app().caller().auth.forgotPassword({ email: memberEmail });

    const response = await getMailbox(owner.accessToken);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.smtpConfigured).toBe(false);
    expect(body.emails.map((email: { to: string; kind: string }) => [email.to, email.kind])).toEqual([
      [memberEmail, "reset_password"],
      [memberEmail, "verify_email"],
      [ownerEmail, "verify_email"],
    ]);
    const [reset, , ownerVerification] = body.emails;
    expect(reset).toMatchObject({ status: "captured", subject: "Reset your Acme Cloud password" });
    expect(Object.keys(reset).sort()).toEqual(
      [
        "attempts",
        "createdAt",
        "id",
        "kind",
        "lastError",
        "linkExpiresAt",
        "sentAt",
        "status",
        "subject",
        "text",
        "to",
      ].sort(),
    );
    expect(reset.text).toContain("/reset-password?token=");

    // The captured link is the real thing: a developer can verify without any mail server.
    const token = tokenIn(ownerVerification, "/verify-email");
    await app().caller().auth.verifyEmail({ token });
    expect((await callerWith(app(), owner.accessToken).auth.me()).user.emailVerified).toBe(true);

    const viaTrpc = await callerWith(app(), owner.accessToken).admin.devMailbox();
    expect(viaTrpc.emails[0]?.createdAt).toBeInstanceOf(Date);
    const rows = await app().db.outboundEmail.findMany({ select: { status: true } });
    expect(rows.every((row) => row.status === "captured")).toBe(true);
  });

  it("is forbidden to anyone who is not a platform administrator", async () => {
    const member = await signUp(app());
    const response = await getMailbox(member.accessToken);
    expect(response.status).toBe(403);
    expect(await json(response)).toMatchObject({ code: "FORBIDDEN" });
    await expect(callerWith(app(), member.accessToken).admin.devMailbox()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await app().http("/api/v1/admin/dev-mailbox")).status).toBe(401);
  });

  it("prints captured mail to the log with recipient, subject and links", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const deps = { ...app().deps, log };
    const to = uniqueEmail("logged");
    const id = await app().db.$transaction((tx) =>
      queueEmail(deps, tx, {
        to,
        kind: "notice",
        subject: "Your link",
        text: "Open http://localhost:3000/verify-email?token=abc to continue.",
      }),
    );
    await dispatchEmails(deps, [id]);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        emailId: id,
        to,
        subject: "Your link",
        links: ["http://localhost:3000/verify-email?token=abc"],
        msg: expect.stringContaining("dev mailbox"),
      }),
    ]);
  });
});
