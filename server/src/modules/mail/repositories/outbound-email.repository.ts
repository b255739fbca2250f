import type { DbClient, DbTx, OutboundEmailStatus } from "@baseplate/db";

export interface NewOutboundEmail {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  kind: string;
  linkExpiresAt: Date | null;
  status: Extract<OutboundEmailStatus, "pending" | "captured">;
  createdAt: Date;
}

export async function insertOutboundEmail(db: DbTx, data: NewOutboundEmail): Promise<string> {
  const { id } = await db.outboundEmail.create({ data, select: { id: true } });
  return id;
}

export function findEmailsByIds(db: DbClient | DbTx, ids: string[]) {
  return db.outboundEmail.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, toAddress: true, subject: true, kind: true, textBody: true },
  });
}

export interface LockedEmail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
}

/**
 * Claims a still-pending email for one delivery attempt until `leaseUntil`, in one conditional
 * update (no transaction is held while SMTP talks). Null when it is sent, failed, unknown, or
 * another worker's lease on it is still running. A worker that dies mid-send loses its lease when
 * it runs out, and the job's retry claims the email again.
 */
export async function claimPendingEmail(
  db: DbClient,
  id: string,
  at: Date,
  leaseUntil: Date,
): Promise<LockedEmail | null> {
  const rows = await db.$queryRaw<LockedEmail[]>`
    UPDATE "OutboundEmail" SET "leaseUntil" = ${leaseUntil}::timestamptz
    WHERE "id" = ${id}::uuid AND "status" = 'pending'
      AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}::timestamptz)
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "attempts"`;
  return rows[0] ?? null;
}

/** Pending → sent (only from pending); the bodies are replaced since the mailbox now holds them. */
export async function markEmailSent(
  db: DbClient,
  id: string,
  at: Date,
  redactedBody: string,
): Promise<boolean> {
  const { count } = await db.outboundEmail.updateMany({
    where: { id, status: "pending" },
    data: {
      status: "sent",
      sentAt: at,
      leaseUntil: null,
      attempts: { increment: 1 },
      lastError: null,
      textBody: redactedBody,
      htmlBody: null,
    },
  });
  return count === 1;
}

/**
 * Records a failed attempt; `giveUp` moves the email to `failed` (no more retries) with its body
 * replaced: nobody will read it, and its link must not outlive the attempt in the database.
 */
export async function recordEmailFailure(
  db: DbClient,
  id: string,
  error: string,
  giveUp: { redactedBody: string } | null,
) {
  await db.outboundEmail.updateMany({
    where: { id, status: "pending" },
    data: {
      attempts: { increment: 1 },
      lastError: error,
      leaseUntil: null,
      ...(giveUp ? { status: "failed", textBody: giveUp.redactedBody, htmlBody: null } : {}),
    },
  });
}

/**
 * Mail whose link has expired keeps no body: captured and failed mail is redacted, and pending mail
 * that never got out is failed (sending a dead link helps nobody). Returns how many rows changed.
 */
export async function redactEmailsWithExpiredLinks(db: DbClient, at: Date, redactedBody: string) {
  const stale = { linkExpiresAt: { lte: at }, NOT: { textBody: redactedBody } };
  const redacted = await db.outboundEmail.updateMany({
    where: { ...stale, status: { in: ["captured", "failed"] } },
    data: { textBody: redactedBody, htmlBody: null },
  });
  const abandoned = await db.outboundEmail.updateMany({
    where: { ...stale, status: "pending" },
    data: {
      status: "failed",
      lastError: "The link expired before delivery",
      textBody: redactedBody,
      htmlBody: null,
    },
  });
  return redacted.count + abandoned.count;
}

/** Pending mail never attempted since before `cutoff`: its dispatch was lost (crash after commit). */
export async function listUndispatchedEmailIds(db: DbClient, cutoff: Date, limit: number) {
  const rows = await db.outboundEmail.findMany({
    where: { status: "pending", attempts: 0, createdAt: { lt: cutoff } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export function listRecentEmails(db: DbClient, limit: number) {
  return db.outboundEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      textBody: true,
      kind: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      linkExpiresAt: true,
      createdAt: true,
    },
  });
}
