import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { deliverEmailJob } from "../jobs/deliver-email.job.js";
import {
  findEmailsByIds,
  insertOutboundEmail,
  listUndispatchedEmailIds,
} from "../repositories/outbound-email.repository.js";

export interface OutgoingEmail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html?: string;
  /** When the single-use link in the message stops working; the stored body goes with it. */
  linkExpiresAt?: Date;
}

/** Mail pending this long without an attempt is considered lost between commit and dispatch. */
const UNDISPATCHED_AFTER_MS = 60_000;

/**
 * Inside the caller's transaction: stores the email (status pending with SMTP, captured in the
 * dev mailbox without). Returns its id; pass it to dispatchEmails after the commit.
 */
export async function queueEmail(deps: AppDeps, tx: DbTx, email: OutgoingEmail): Promise<string> {
  return insertOutboundEmail(tx, {
    toAddress: email.to,
    subject: email.subject,
    textBody: email.text,
    htmlBody: email.html ?? null,
    kind: email.kind,
    linkExpiresAt: email.linkExpiresAt ?? null,
    status: deps.env.SMTP_URL ? "pending" : "captured",
    createdAt: deps.clock.now(),
  });
}

function linksIn(text: string): string[] {
  return text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
}

/**
 * After commit: hands pending emails to delivery (one "mail.deliver" job each) and prints captured
 * ones to the log for a developer without SMTP. Never throws: the mail is already stored, and an
 * email whose dispatch failed is picked up by the sweep job within a couple of minutes.
 */
export async function dispatchEmails(deps: AppDeps, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    for (const email of await findEmailsByIds(deps.db, ids)) {
      if (email.status === "captured") {
        deps.log.info(
          { emailId: email.id, to: email.toAddress, subject: email.subject, links: linksIn(email.textBody) },
          "dev mailbox: email captured (SMTP_URL is not set)",
        );
      } else if (email.status === "pending") {
        await deps.jobs.enqueue(deliverEmailJob, { emailId: email.id });
      }
    }
  } catch (error) {
    deps.log.warn({ err: error, emailIds: ids }, "email dispatch failed; the sweep job will retry");
  }
}

/** Re-dispatches pending mail that was never attempted (lost between commit and dispatch). */
export async function redispatchStaleEmails(deps: AppDeps): Promise<number> {
  if (!deps.env.SMTP_URL) return 0;
  const cutoff = new Date(deps.clock.now().getTime() - UNDISPATCHED_AFTER_MS);
  const ids = await listUndispatchedEmailIds(deps.db, cutoff, 200);
  for (const emailId of ids) await deps.jobs.enqueue(deliverEmailJob, { emailId });
  return ids.length;
}
