import type { AppDeps } from "../../../app-deps.js";
import { sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { dispatchEmails, queueEmail } from "../../mail/services/outbox.service.js";
import { revokeUserSessions } from "../repositories/auth-session.repository.js";
import {
  consumeEmailToken,
  expireOpenEmailTokens,
  findUsableEmailToken,
} from "../repositories/email-token.repository.js";
import { clearLoginFailures } from "../repositories/login-lockout.repository.js";
import {
  findUserByEmail,
  findUserById,
  markEmailVerified,
  updatePasswordHash,
} from "../repositories/user.repository.js";
import { passwordResetEmail } from "./auth-emails.js";
import { issueEmailToken } from "./email-tokens.js";
import { hashPassword, normalizeEmail } from "./passwords.js";

const INVALID_LINK = "This password reset link is invalid, has expired or has already been used";

/**
 * Emails a reset link (single use, 1 hour). Same answer for every address; only an active account
 * that has a password gets mail (a Google-only account has nothing to reset).
 */
export async function requestPasswordReset(deps: AppDeps, rawEmail: string, origin: RequestOrigin) {
  const email = normalizeEmail(rawEmail);
  await deps.rateLimits.consume("emailRequestsPerIp", origin.ip);
  await deps.rateLimits.consume("forgotPasswordPerEmail", email);
  const user = await findUserByEmail(deps.db, email);
  if (!user?.isActive || !user.passwordHash) return;
  const emailId = await deps.db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueEmailToken(deps, tx, user.id, "reset_password");
    await writeAudit(tx, { action: "auth.password_reset_requested", userId: user.id, request: origin });
    return queueEmail(deps, tx, {
      to: user.email,
      kind: "reset_password",
      linkExpiresAt: expiresAt,
      ...passwordResetEmail(
        deps.config.appName(),
        user.displayName,
        deps.links.to("/reset-password", { token }),
      ),
    });
  });
  await dispatchEmails(deps, [emailId]);
}

/**
 * Whether a reset link still works, so the page can say so before the form is filled in. Unknown,
 * used, expired and superseded tokens (issuing a new link expires older ones) all answer the
 * same `valid: false`; nothing else is revealed.
 */
export async function checkResetToken(deps: AppDeps, token: string) {
  const usable = await findUsableEmailToken(deps.db, sha256Hex(token), "reset_password", deps.clock.now());
  return { valid: usable !== null, expiresAt: usable?.expiresAt ?? null };
}

/**
 * Sets a new password from a reset link. In one transaction: the token is used (exactly one of
 * concurrent uses wins), other reset links die, every session and refresh token of the user is
 * revoked, the login lockout is cleared and the address counts as verified (the link proved
 * control of the mailbox), and the reset is audited.
 */
export async function resetPassword(
  deps: AppDeps,
  input: { token: string; newPassword: string },
  origin: RequestOrigin,
): Promise<void> {
  const tokenHash = sha256Hex(input.token);
  // Cheap check first, so a guessed token never costs an argon2 hash.
  if (!(await findUsableEmailToken(deps.db, tokenHash, "reset_password", deps.clock.now()))) {
    throw new AppError("BAD_REQUEST", INVALID_LINK);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, tokenHash, "reset_password", now);
    const user = used && (await findUserById(tx, used.userId));
    if (!user) throw new AppError("BAD_REQUEST", INVALID_LINK);
    await expireOpenEmailTokens(tx, user.id, "reset_password", now);
    await updatePasswordHash(tx, user.id, passwordHash);
    await markEmailVerified(tx, user.id, now);
    await revokeUserSessions(tx, user.id, null, "password_reset", now);
    await clearLoginFailures(tx, user.email);
    await writeAudit(tx, {
      action: "auth.password_reset",
      severity: "high",
      message: "Password reset by email link; every session was signed out",
      userId: user.id,
      request: origin,
    });
  });
}
