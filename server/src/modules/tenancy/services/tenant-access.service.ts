import type { DbClient, MembershipRole } from "@baseplate/db";
import { z } from "zod";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import type { Principal } from "../../identity/principal.js";
import { authenticate } from "../../identity/services/authenticate.service.js";
import {
  findMembership,
  findRootMembership,
  type TenantMembership,
} from "../repositories/membership.repository.js";
import { hasRoleAtLeast } from "../roles.js";

export interface TenantAccess {
  tenantId: string;
  role: MembershipRole;
  isRoot: boolean;
}

/** "This caller, acting in this tenant": what tenant-scoped services receive. */
export interface TenantActor {
  access: TenantAccess;
  actorId: string;
  origin: RequestOrigin;
}

// Same answer whether the tenant does not exist or the caller is not in it: no probing.
const DENIED = "You do not have access to this tenant";
const tenantIdSchema = z.uuid();

/** A user-authority API key acts with at most the user role, whatever its creator's role. */
function grant(principal: Principal, membership: TenantMembership | null): TenantAccess {
  if (!membership?.tenantActive) throw new AppError("FORBIDDEN", DENIED);
  const capped = principal.kind === "apiKey" && principal.authority === "user";
  return {
    tenantId: membership.tenantId,
    role: capped ? "user" : membership.role,
    isRoot: membership.isRoot,
  };
}

/** Resolves the tenant a request acts in; the only place `X-Tenant-ID` is turned into authority. */
export async function resolveTenantAccess(
  db: DbClient,
  principal: Principal,
  tenantIdHeader: string | null,
): Promise<TenantAccess> {
  if (!tenantIdHeader) {
    if (principal.kind === "apiKey" && principal.authority === "admin") {
      return grant(principal, await findRootMembership(db, principal.userId));
    }
    throw new AppError("BAD_REQUEST", "X-Tenant-ID header is required for this route");
  }
  if (!tenantIdSchema.safeParse(tenantIdHeader).success) {
    throw new AppError("BAD_REQUEST", "X-Tenant-ID must be a tenant id (UUID)");
  }
  return grant(principal, await findMembership(db, principal.userId, tenantIdHeader));
}

export function requireRole(access: TenantAccess, minimum: MembershipRole): void {
  if (!hasRoleAtLeast(access.role, minimum)) {
    throw new AppError("FORBIDDEN", `This action requires the ${minimum} role or higher`);
  }
}

/**
 * Platform administration: a person who is admin or owner of the root tenant, or an admin-authority
 * API key whose creator still is. User-authority keys never reach it.
 */
export async function resolvePlatformAdmin(db: DbClient, principal: Principal): Promise<TenantAccess> {
  if (principal.kind === "apiKey" && principal.authority !== "admin") {
    throw new AppError(
      "FORBIDDEN",
      "Platform administrator access required (this API key has user authority)",
    );
  }
  const membership = await findRootMembership(db, principal.userId);
  if (!membership?.tenantActive || !hasRoleAtLeast(membership.role, "admin")) {
    throw new AppError("FORBIDDEN", "Platform administrator access required");
  }
  return { tenantId: membership.tenantId, role: membership.role, isRoot: true };
}

/** For public routes that show more to operators: any credential problem just means "anonymous". */
export async function isPlatformAdminCaller(deps: AppDeps, authorization: string | null): Promise<boolean> {
  if (!authorization) return false;
  try {
    await resolvePlatformAdmin(deps.db, await authenticate(deps, authorization));
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
