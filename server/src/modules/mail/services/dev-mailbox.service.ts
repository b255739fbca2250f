import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { listRecentEmails } from "../repositories/outbound-email.repository.js";

const MAILBOX_SIZE = 100;
const NOT_SHOWN = "(not shown: this message goes out through SMTP, and its link is for the recipient only)";

/**
 * The newest emails (captured in the dev mailbox, or the SMTP outbox with delivery state). Only
 * captured mail shows its body — that is the dev mailbox's purpose; mail for SMTP carries another
 * person's single-use link. Production has no dev mailbox at all.
 */
export async function listMailbox(deps: AppDeps) {
  if (deps.env.NODE_ENV === "production") {
    throw new AppError(
      "NOT_FOUND",
      "The dev mailbox does not exist in production: mail goes out through SMTP",
    );
  }
  const rows = await listRecentEmails(deps.db, MAILBOX_SIZE);
  return {
    smtpConfigured: deps.env.SMTP_URL !== undefined,
    emails: rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.status === "captured" ? row.textBody : NOT_SHOWN,
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt,
      linkExpiresAt: row.linkExpiresAt,
      createdAt: row.createdAt,
    })),
  };
}
