import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { type Keyset, type PageInput, readPage } from "../../../lib/pagination.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import {
  countOtherLiveSessions,
  listLiveSessions,
  revokeOwnSession,
  revokeUserSessions,
} from "../repositories/auth-session.repository.js";

export interface SessionCaller {
  userId: string;
  sessionId: string;
}

/**
 * The caller's signed-in devices: the one making this request first, then the others, newest
 * first (creation time, which never changes, so pages stay stable while sessions refresh).
 */
export async function listSessions(deps: AppDeps, caller: SessionCaller, page: PageInput) {
  const now = deps.clock.now();
  const { items, nextCursor } = await readPage(
    page,
    (["this", "others"] as const).map(
      (only) => (after: Keyset | null, take: number) =>
        listLiveSessions(deps.db, { ...caller, only, now }, after, take),
    ),
    (session) => ({ at: session.createdAt, id: session.id }),
  );
  const sessions = items.map((session) => ({ ...session, current: session.id === caller.sessionId }));
  return { sessions, nextCursor };
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
    const others = await countOtherLiveSessions(tx, caller.userId, caller.sessionId, now);
    await revokeUserSessions(tx, caller.userId, caller.sessionId, "signed_out_by_user", now);
    await writeAudit(tx, {
      action: "auth.other_sessions_revoked",
      severity: "high",
      userId: caller.userId,
      metadata: { count: others },
      request: origin,
    });
    return others;
  });
}
