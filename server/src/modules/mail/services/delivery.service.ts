import type { AppDeps } from "../../../app-deps.js";
import {
  claimPendingEmail,
  markEmailSent,
  recordEmailFailure,
} from "../repositories/outbound-email.repository.js";
import { mailFrom, SMTP_ATTEMPT_BUDGET_MS, smtpTransport } from "./smtp-transport.js";

/** Attempts per email before it is marked `failed`: the job's first run plus its retries. */
export const MAX_DELIVERY_ATTEMPTS = 7;

/**
 * What stays of a body once SMTP accepted it: every email the product sends carries a single-use
 * credential (verification, reset or invitation link), and the recipient's mailbox is the record.
 */
export const DELIVERED_BODY_PLACEHOLDER = "(removed after delivery: the message carried a single-use link)";
export const UNDELIVERED_BODY_PLACEHOLDER =
  "(removed: delivery gave up, and the message carried a single-use link)";
export const EXPIRED_BODY_PLACEHOLDER = "(removed: the single-use link in this message has expired)";

export class DeliveryFailedError extends Error {
  constructor(emailId: string, cause: unknown) {
    super(`Email ${emailId} was not delivered: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "DeliveryFailedError";
  }
}

/**
 * Sends one pending email over SMTP. The email is claimed with a lease (a conditional update), so
 * two workers never send it at once: the second finds nothing to do. No transaction is open while
 * SMTP talks, so a slow mail server never holds a database connection. It is marked `sent` only
 * from `pending`. A crash after the server accepted the message but before it was marked leaves
 * it pending, and a retry (once the lease ran out) sends it again: delivery is at-least-once,
 * which SMTP cannot improve on.
 * A failure records attempts/lastError and throws so the job queue retries with backoff; after
 * MAX_DELIVERY_ATTEMPTS the email is marked `failed` and the error is not rethrown.
 */
export async function deliverEmail(deps: AppDeps, emailId: string): Promise<"sent" | "skipped" | "failed"> {
  const smtpUrl = deps.env.SMTP_URL;
  if (!smtpUrl) {
    deps.log.warn({ emailId }, "SMTP_URL is not set on this node: pending email left for a node that has it");
    return "skipped";
  }
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + SMTP_ATTEMPT_BUDGET_MS + 15_000);
  const email = await claimPendingEmail(deps.db, emailId, now, leaseUntil);
  if (!email) return "skipped";
  try {
    await smtpTransport(smtpUrl).sendMail({
      from: mailFrom(deps.env.MAIL_FROM, deps.config.appName()),
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      ...(email.htmlBody ? { html: email.htmlBody } : {}),
    });
  } catch (error) {
    const giveUp = email.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
    const message = error instanceof Error ? error.message : String(error);
    await recordEmailFailure(
      deps.db,
      email.id,
      message.slice(0, 1000),
      giveUp ? { redactedBody: UNDELIVERED_BODY_PLACEHOLDER } : null,
    );
    if (!giveUp) throw new DeliveryFailedError(emailId, error);
    deps.log.error({ emailId, err: error }, "email delivery gave up");
    return "failed";
  }
  await markEmailSent(deps.db, email.id, deps.clock.now(), DELIVERED_BODY_PLACEHOLDER);
  return "sent";
}
