import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { raiseEvent } from "../../webhooks/services/raise-event.js";
import { raiseTenantCreated, raiseTenantUpdated } from "../../webhooks/services/tenant-events.js";
import { countOwnedTenants, deleteMember, insertMembership } from "../repositories/membership.repository.js";
import {
  findTenantView,
  insertTenantWithUniqueSlug,
  lockTenantCreation,
  renameTenant,
} from "../repositories/tenant.repository.js";
import type { TenantAccess, TenantActor } from "./tenant-access.service.js";
import { tenantSlug } from "./tenant-slug.js";

/** Keeps one account from minting tenants without end; the root tenant does not count. */
export const MAX_OWNED_TENANTS = 20;

/** A new team owned by the caller, with a unique slug derived from its name (as at signup). */
export async function createTenant(deps: AppDeps, userId: string, name: string, origin: RequestOrigin) {
  return deps.db.$transaction(async (tx) => {
    await lockTenantCreation(tx, userId);
    if ((await countOwnedTenants(tx, userId)) >= MAX_OWNED_TENANTS) {
      throw new AppError(
        "CONFLICT",
        `You already own ${MAX_OWNED_TENANTS} teams, the most one account can own; delete or transfer one first.`,
      );
    }
    const slug = tenantSlug(name);
    const tenantId = await insertTenantWithUniqueSlug(tx, name, slug);
    await insertMembership(tx, userId, tenantId, "owner");
    const tenant = await findTenantView(tx, tenantId);
    if (!tenant) throw new Error(`tenant ${tenantId} vanished inside its own transaction`);
    await raiseTenantCreated(tx, tenantId, userId);
    await raiseEvent(tx, {
      tenantId,
      type: "member.added",
      data: { userId, role: "owner", via: "tenant_created" },
    });
    await writeAudit(tx, {
      action: "tenancy.tenant_created",
      userId,
      tenantId,
      message: `Created the team ${name}`,
      metadata: { slug: tenant.slug },
      request: origin,
    });
    return {
      tenantId,
      tenantName: tenant.name,
      tenantSlug: tenant.slug,
      role: "owner" as const,
      isRoot: false,
    };
  });
}

/** The tenant the request acts in, with the caller's role in it. */
export async function currentTenant(deps: AppDeps, access: TenantAccess) {
  const tenant = await findTenantView(deps.db, access.tenantId);
  if (!tenant) throw new AppError("NOT_FOUND", "Tenant not found");
  return { ...tenant, role: access.role };
}

/** Owners and admins (the route's role step); the slug stays, so links keep working. */
export async function renameCurrentTenant(deps: AppDeps, actor: TenantActor, name: string) {
  const { tenantId } = actor.access;
  await deps.db.$transaction(async (tx) => {
    const before = await findTenantView(tx, tenantId);
    if (!before || !(await renameTenant(tx, tenantId, name))) {
      throw new AppError("NOT_FOUND", "Tenant not found");
    }
    await writeAudit(tx, {
      action: "tenancy.tenant_renamed",
      userId: actor.actorId,
      tenantId,
      message: `Renamed the team from ${before.name} to ${name}`,
      metadata: { from: before.name, to: name },
      request: actor.origin,
    });
    await raiseTenantUpdated(tx, tenantId);
  });
  return currentTenant(deps, actor.access);
}

const TRANSFER_FIRST = "Transfer ownership before leaving";

/**
 * The caller leaves the tenant: the owner cannot (someone must own it). The delete is conditional
 * on a non-owner role, so an ownership transfer racing with it cannot leave the tenant ownerless.
 * A membership is the only row bound to it today; invitations the leaver sent stay valid.
 */
export async function leaveTenant(deps: AppDeps, actor: TenantActor & { viaApiKey: boolean }) {
  if (actor.viaApiKey) throw new AppError("FORBIDDEN", "Sign in to leave a tenant; an API key cannot");
  if (actor.access.role === "owner") throw new AppError("CONFLICT", TRANSFER_FIRST);
  const { tenantId } = actor.access;
  await deps.db.$transaction(async (tx) => {
    if (!(await deleteMember(tx, tenantId, actor.actorId, ["admin", "user"]))) {
      throw new AppError("CONFLICT", TRANSFER_FIRST);
    }
    await writeAudit(tx, {
      action: "tenancy.member_left",
      severity: "high",
      userId: actor.actorId,
      tenantId,
      metadata: { role: actor.access.role },
      request: actor.origin,
    });
    const left = { userId: actor.actorId, role: actor.access.role, reason: "left" as const };
    await raiseEvent(tx, { tenantId, type: "member.removed", data: left });
  });
}
