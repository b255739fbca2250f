import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { Principal } from "../principal.js";

/**
 * Verifies the `Authorization` header and returns the caller.
 * No credential type is issued yet (sessions and API keys arrive with the identity module),
 * so every presented credential is rejected rather than trusted.
 */
export async function authenticate(_deps: AppDeps, authorization: string | null): Promise<Principal> {
  if (!authorization) throw new AppError("UNAUTHENTICATED", "Authentication required");
  throw new AppError("UNAUTHENTICATED", "Invalid or expired credentials");
}
