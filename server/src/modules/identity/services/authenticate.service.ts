import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { authenticateApiKey } from "../../api-keys/services/api-key-auth.service.js";
import { looksLikeApiKey } from "../../api-keys/services/api-key-format.js";
import type { Principal } from "../principal.js";
import { findSessionForAuth } from "../repositories/auth-session.repository.js";
import { verifyAccessToken } from "./access-token.js";

const INVALID = "Invalid or expired access token";

/**
 * Verifies `Authorization: Bearer <token>` (access token or `lsk_` API key) and returns the caller. The signature alone is not
 * trusted: the session must still stand and the user be active, so logout and deactivation
 * take effect on the next call on every node.
 */
export async function authenticate(deps: AppDeps, authorization: string | null): Promise<Principal> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Authentication required");
  const token = match[1];
  if (looksLikeApiKey(token)) return authenticateApiKey(deps, token);

  const claims = await verifyAccessToken(deps.jwtSecret, token, deps.clock.now());
  if (!claims) throw new AppError("UNAUTHENTICATED", INVALID);
  const session = await findSessionForAuth(deps.db, claims.sessionId);
  if (!session || session.revokedAt || session.userId !== claims.userId)
    throw new AppError("UNAUTHENTICATED", INVALID);
  if (!session.user.isActive) throw new AppError("UNAUTHENTICATED", "This account has been deactivated");
  return { kind: "user", userId: claims.userId, sessionId: claims.sessionId };
}
