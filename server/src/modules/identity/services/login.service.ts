import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { clearLoginFailures, reserveLoginAttempt } from "../repositories/login-lockout.repository.js";
import { findUserByEmail } from "../repositories/user.repository.js";
import { normalizeEmail, verifyPassword } from "./passwords.js";
import { getProfile } from "./profile.service.js";
import { type AuthResult, signIn } from "./sessions.service.js";

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60_000;

function lockedError(lockedUntil: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new AppError(
    "RATE_LIMITED",
    `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * Email + password sign-in. Unknown emails, wrong passwords and password-less accounts get the
 * same answer, cost the same time and count toward the same lockout, so nothing reveals an account.
 * The attempt is reserved before the password is verified (and released by a success), so at most
 * LOCKOUT_THRESHOLD verifications happen per lock window however requests are batched or raced.
 */
export async function login(
  deps: AppDeps,
  input: { email: string; password: string },
  origin: RequestOrigin,
): Promise<AuthResult> {
  await deps.rateLimits.consume("loginPerIp", origin.ip);
  const email = normalizeEmail(input.email);
  const now = deps.clock.now();
  const reservation = await reserveLoginAttempt(
    deps.db,
    email,
    now,
    LOCKOUT_THRESHOLD,
    new Date(now.getTime() + LOCKOUT_MS),
  );
  if (!reservation.granted) throw lockedError(reservation.lockedUntil, now);

  const user = await findUserByEmail(deps.db, email);
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    const { state } = reservation;
    const locked = state.lockedUntil !== null;
    await writeAudit(deps.db, {
      action: locked ? "auth.account_locked" : "auth.login_failed",
      severity: locked ? "critical" : "high",
      userId: user?.id ?? null,
      metadata: { email, failedCount: state.failedCount },
      request: origin,
    });
    throw new AppError("UNAUTHENTICATED", "Invalid email or password");
  }
  if (!user.isActive) throw new AppError("FORBIDDEN", "This account has been deactivated");

  await clearLoginFailures(deps.db, email);
  const tokens = await deps.db.$transaction((tx) => signIn(deps, tx, user.id, "password", origin));
  return { ...tokens, ...(await getProfile(deps.db, user.id)) };
}
