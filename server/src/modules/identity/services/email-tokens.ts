import type { DbTx, EmailTokenPurpose } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { randomToken, sha256Hex } from "../../../lib/crypto.js";
import { expireOpenEmailTokens, insertEmailToken } from "../repositories/email-token.repository.js";

/** How long an emailed link works. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
};

/**
 * Issues a single-use token for an emailed link and returns the raw value (only its SHA-256 is
 * stored) with its expiry. Older unused tokens of the same purpose stop working: only the newest
 * link counts.
 */
export async function issueEmailToken(
  deps: Pick<AppDeps, "clock">,
  tx: DbTx,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.clock.now();
  await expireOpenEmailTokens(tx, userId, purpose, now);
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]);
  await insertEmailToken(tx, { userId, purpose, tokenHash: sha256Hex(token), expiresAt });
  return { token, expiresAt };
}
