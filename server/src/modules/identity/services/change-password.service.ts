import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { revokeUserSessions } from "../repositories/auth-session.repository.js";
import { findUserById, updatePasswordHash } from "../repositories/user.repository.js";
import { hashPassword, verifyPassword } from "./passwords.js";

function currentPasswordProblem(message: string): AppError {
  return new AppError("BAD_REQUEST", message, { details: [{ field: "currentPassword", message }] });
}

/**
 * Changes the password. The current one is required when one exists; an account that only ever
 * used Google may set a first password. Every other session is signed out. Rate-limited per user.
 */
export async function changePassword(
  deps: AppDeps,
  caller: { userId: string; sessionId: string },
  input: { currentPassword?: string | undefined; newPassword: string },
  origin: RequestOrigin,
): Promise<void> {
  // Keyed by user, not IP: each attempt costs an argon2 verification and a stolen session could script them.
  await deps.rateLimits.consume("passwordChangesPerUser", caller.userId);
  const user = await findUserById(deps.db, caller.userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "Authentication required");
  if (user.passwordHash) {
    if (!input.currentPassword) throw currentPasswordProblem("Current password is required");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw currentPasswordProblem("Current password is incorrect");
    }
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.$transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash);
    await revokeUserSessions(tx, user.id, caller.sessionId, "password_changed", deps.clock.now());
    await writeAudit(tx, {
      action: user.passwordHash ? "auth.password_changed" : "auth.password_set",
      severity: "high",
      userId: user.id,
      request: origin,
    });
  });
}
