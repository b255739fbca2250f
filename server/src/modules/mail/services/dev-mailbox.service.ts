import type { AppDeps } from "../../../app-deps.js";
import { listRecentEmails } from "../repositories/outbound-email.repository.js";

const MAILBOX_SIZE = 100;

/** The newest emails (captured in the dev mailbox, or the SMTP outbox with delivery state). */
export async function listMailbox(deps: AppDeps) {
  const rows = await listRecentEmails(deps.db, MAILBOX_SIZE);
  return {
    smtpConfigured: deps.env.SMTP_URL !== undefined,
    emails: rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt,
      createdAt: row.createdAt,
    })),
  };
}
