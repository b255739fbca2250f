import type { AppDeps } from "../../../app-deps.js";
import { sha256Hex } from "../../../lib/crypto.js";
import { AppError } from "../../../lib/errors.js";
import type { Principal } from "../../identity/principal.js";
import { findApiKeyForAuth, touchApiKey } from "../repositories/api-key.repository.js";

/** lastUsedAt is advisory: written at most once per interval per key, never on the request path. */
const TOUCH_INTERVAL_MS = 60_000;
const lastTouched = new Map<string, number>();

function touchLater(deps: AppDeps, keyId: string, lastUsedAt: Date | null): void {
  const now = deps.clock.now();
  const since = now.getTime() - TOUCH_INTERVAL_MS;
  if (lastUsedAt && lastUsedAt.getTime() >= since) return;
  if ((lastTouched.get(keyId) ?? 0) >= since) return;
  lastTouched.set(keyId, now.getTime());
  touchApiKey(deps.db, keyId, now, new Date(since)).catch((error: unknown) =>
    deps.log.warn({ err: error, apiKeyId: keyId }, "could not record API key use"),
  );
}

/**
 * Looks the key up on every call (no cache), so a revocation or a deactivated creator is
 * honoured at once by every node. The key acts as its creator, capped by its authority.
 */
export async function authenticateApiKey(deps: AppDeps, rawKey: string): Promise<Principal> {
  const key = await findApiKeyForAuth(deps.db, sha256Hex(rawKey));
  if (!key || key.revokedAt) throw new AppError("UNAUTHENTICATED", "Invalid or revoked API key");
  if (!key.createdBy.isActive) throw new AppError("UNAUTHENTICATED", "This account has been deactivated");
  touchLater(deps, key.id, key.lastUsedAt);
  return { kind: "apiKey", apiKeyId: key.id, authority: key.authority, userId: key.createdById };
}
