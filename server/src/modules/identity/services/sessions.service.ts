import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { randomToken, sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { findSessionForAuth, insertSession, revokeSession } from "../repositories/auth-session.repository.js";
import {
  findRefreshToken,
  insertRefreshToken,
  linkReplacement,
  spendRefreshToken,
} from "../repositories/refresh-token.repository.js";
import { recordLogin } from "../repositories/user.repository.js";
import { signAccessToken } from "./access-token.js";
import { getProfile, type Profile } from "./profile.service.js";

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
}

export type AuthResult = AuthTokens & Profile;

type SessionDeps = Pick<AppDeps, "env" | "clock" | "jwtSecret">;

const INVALID_REFRESH = "Invalid or expired refresh token";

async function issueRefreshToken(deps: SessionDeps, tx: DbTx, userId: string, sessionId: string) {
  const raw = `rt_${randomToken(32)}`;
  const expiresAt = new Date(deps.clock.now().getTime() + deps.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  const { id } = await insertRefreshToken(tx, { userId, sessionId, tokenHash: sha256Hex(raw), expiresAt });
  return { raw, id };
}

function signFor(deps: SessionDeps, userId: string, sessionId: string) {
  return signAccessToken(
    deps.jwtSecret,
    { userId, sessionId },
    deps.clock.now(),
    deps.env.ACCESS_TOKEN_TTL_SECONDS,
  );
}

/** Starts a session inside the caller's transaction and returns its first token pair. */
export async function openSession(
  deps: SessionDeps,
  tx: DbTx,
  userId: string,
  method: "password" | "google",
  origin: RequestOrigin,
): Promise<AuthTokens> {
  const session = await insertSession(tx, userId, { method, ip: origin.ip, userAgent: origin.userAgent });
  const refresh = await issueRefreshToken(deps, tx, userId, session.id);
  return { accessToken: await signFor(deps, userId, session.id), refreshToken: refresh.raw };
}

/** A completed sign-in (any method): records it, audits it and opens the session, in `tx`. */
export async function signIn(
  deps: SessionDeps,
  tx: DbTx,
  userId: string,
  method: "password" | "google",
  origin: RequestOrigin,
): Promise<AuthTokens> {
  await recordLogin(tx, userId, deps.clock.now());
  await writeAudit(tx, { action: "auth.login", userId, metadata: { method }, request: origin });
  return openSession(deps, tx, userId, method, origin);
}

/**
 * Rotation: the presented token is spent and replaced. Presenting a spent token again is a replay
 * (stolen token or a broken client): the whole session is revoked and the event audited.
 */
export async function refreshSession(
  deps: AppDeps,
  rawToken: string,
  origin: RequestOrigin,
): Promise<AuthResult> {
  const presented = await findRefreshToken(deps.db, sha256Hex(rawToken));
  if (!presented) throw new AppError("UNAUTHENTICATED", INVALID_REFRESH);
  const now = deps.clock.now();
  const outcome = await deps.db.$transaction(async (tx) => {
    if (!(await spendRefreshToken(tx, presented.id, now))) {
      const session = await findSessionForAuth(tx, presented.sessionId);
      if (presented.expiresAt > now && session && !session.revokedAt) {
        await revokeSession(tx, presented.sessionId, "refresh_token_reuse", now);
        await writeAudit(tx, {
          action: "auth.refresh_token_reused",
          severity: "critical",
          message: "A spent refresh token was presented again; the session was revoked",
          userId: presented.userId,
          metadata: { sessionId: presented.sessionId },
          request: origin,
        });
      }
      return null;
    }
    const session = await findSessionForAuth(tx, presented.sessionId);
    if (!session || session.revokedAt || !session.user.isActive) return null;
    const next = await issueRefreshToken(deps, tx, presented.userId, presented.sessionId);
    await linkReplacement(tx, presented.id, next.id);
    return {
      refreshToken: next.raw,
      accessToken: await signFor(deps, presented.userId, presented.sessionId),
    };
  });
  if (!outcome) throw new AppError("UNAUTHENTICATED", INVALID_REFRESH);
  return { ...outcome, ...(await getProfile(deps.db, presented.userId)) };
}

/** Ends the caller's session at once (its access token fails on the next call on any node). */
export async function closeSession(
  deps: AppDeps,
  caller: { userId: string; sessionId: string },
  rawRefreshToken: string | undefined,
  origin: RequestOrigin,
): Promise<void> {
  const now = deps.clock.now();
  const other = rawRefreshToken ? await findRefreshToken(deps.db, sha256Hex(rawRefreshToken)) : null;
  await deps.db.$transaction(async (tx) => {
    await revokeSession(tx, caller.sessionId, "logout", now);
    if (other && other.userId === caller.userId && other.sessionId !== caller.sessionId) {
      await revokeSession(tx, other.sessionId, "logout", now);
    }
    await writeAudit(tx, { action: "auth.logout", userId: caller.userId, request: origin });
  });
}
