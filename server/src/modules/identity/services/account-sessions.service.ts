import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import {
  listLiveSessions,
  revokeOwnSession,
  revokeUserSessions,
} from "../repositories/auth-session.repository.js";

export interface SessionCaller {
  userId: string;
  sessionId: string;
}

/** The caller's signed-in devices; `current` marks the one making this request. */
export async function listSessions(deps: AppDeps, caller: SessionCaller) {
  const sessions = await listLiveSessions(deps.db, caller.userId, deps.clock.now());
  return sessions.map((session) => ({ ...session, current: session.id === caller.sessionId }));
}

/** Signs out one of the caller's sessions; someone else's session answers like a missing one. */
export async function signOutSession(
  deps: AppDeps,
  caller: SessionCaller,
  sessionId: string,
  origin: RequestOrigin,
) {
  await deps.db.$transaction(async (tx) => {
    if (!(await revokeOwnSession(tx, caller.userId, sessionId, "signed_out_by_user", deps.clock.now()))) {
      throw new AppError("NOT_FOUND", "No active session with that id");
    }
    await writeAudit(tx, {
      action: "auth.session_revoked",
      userId: caller.userId,
      metadata: { sessionId, current: sessionId === caller.sessionId },
      request: origin,
    });
  });
}

export async function signOutOtherSessions(deps: AppDeps, caller: SessionCaller, origin: RequestOrigin) {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const others = (await listLiveSessions(tx, caller.userId, now)).filter((s) => s.id !== caller.sessionId);
    await revokeUserSessions(tx, caller.userId, caller.sessionId, "signed_out_by_user", now);
    await writeAudit(tx, {
      action: "auth.other_sessions_revoked",
      severity: "warning",
      userId: caller.userId,
      metadata: { count: others.length },
      request: origin,
    });
    return others.length;
  });
}
