import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { dispatchEmails, queueEmail } from "../../mail/services/outbox.service.js";
import { consumeEmailToken } from "../repositories/email-token.repository.js";
import { findUserByEmail, markEmailVerified } from "../repositories/user.repository.js";
import { verificationEmail } from "./auth-emails.js";
import { issueEmailToken } from "./email-tokens.js";
import { normalizeEmail } from "./passwords.js";

const INVALID_LINK = "This verification link is invalid, has expired or has already been used";

/**
 * Inside the caller's transaction: a fresh verification token (older ones stop working) and the
 * email carrying its link. Returns the email id for dispatchEmails after the commit.
 */
export async function issueVerificationEmail(
  deps: AppDeps,
  tx: DbTx,
  user: { id: string; email: string; displayName: string },
): Promise<string> {
  const { token, expiresAt } = await issueEmailToken(deps, tx, user.id, "verify_email");
  const link = deps.links.to("/verify-email", { token });
  return queueEmail(deps, tx, {
    to: user.email,
    kind: "verify_email",
    linkExpiresAt: expiresAt,
    ...verificationEmail(deps.config.appName(), user.displayName, link),
  });
}

/** Uses a verification token (single use, 24 h) and marks the address verified. */
export async function verifyEmail(deps: AppDeps, rawToken: string, origin: RequestOrigin): Promise<void> {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, sha256Hex(rawToken), "verify_email", now);
    if (!used) throw new AppError("BAD_REQUEST", INVALID_LINK);
    await markEmailVerified(tx, used.userId, now);
    await writeAudit(tx, {
      action: "auth.email_verified",
      severity: "low",
      userId: used.userId,
      request: origin,
    });
  });
}

/**
 * Sends a new verification link. Every address, known or not, is limited to one request per
 * minute and gets the same answer; only an active, unverified account actually receives mail.
 */
export async function resendVerification(deps: AppDeps, rawEmail: string, origin: RequestOrigin) {
  const email = normalizeEmail(rawEmail);
  await deps.rateLimits.consume("emailRequestsPerIp", origin.ip);
  await deps.rateLimits.consume("resendVerificationPerEmail", email);
  const user = await findUserByEmail(deps.db, email);
  if (!user?.isActive || user.emailVerifiedAt) return;
  const emailId = await deps.db.$transaction(async (tx) => {
    await writeAudit(tx, { action: "auth.verification_resent", userId: user.id, request: origin });
    return issueVerificationEmail(deps, tx, user);
  });
  await dispatchEmails(deps, [emailId]);
}
