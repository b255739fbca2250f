import type { DbTx, MembershipRole, Prisma } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { type PageInput, readPage } from "../../../lib/pagination.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertMessage } from "../../messages/repositories/message.repository.js";
import { raiseEvent } from "../../webhooks/services/raise-event.js";
import {
  deleteMember,
  findMemberRole,
  listTenantMembers,
  updateMemberRole,
} from "../repositories/membership.repository.js";
import { findTenantView } from "../repositories/tenant.repository.js";
import { roleChangedMessage } from "./member-messages.js";
import type { TenantAccess } from "./tenant-access.service.js";

export interface MemberAction {
  access: TenantAccess;
  actorId: string;
  targetUserId: string;
  origin: RequestOrigin;
}

const NOT_A_MEMBER = "That user is not a member of this tenant";

function auditMemberAction(
  tx: DbTx,
  action: MemberAction,
  name: string,
  severity: "high" | "critical",
  metadata: Prisma.InputJsonObject,
) {
  return writeAudit(tx, {
    action: name,
    severity,
    userId: action.actorId,
    tenantId: action.access.tenantId,
    metadata,
    request: action.origin,
  });
}

export async function listMembers(deps: AppDeps, access: TenantAccess, page: PageInput) {
  const { items, nextCursor } = await readPage(
    page,
    [(after, take) => listTenantMembers(deps.db, access.tenantId, after, take)],
    (member) => ({ at: member.joinedAt, id: member.userId }),
  );
  return { members: items, nextCursor };
}

async function requireTargetRole(deps: AppDeps, action: MemberAction): Promise<MembershipRole> {
  const role = await findMemberRole(deps.db, action.access.tenantId, action.targetUserId);
  if (!role) throw new AppError("NOT_FOUND", NOT_A_MEMBER);
  return role;
}

/**
 * Owner only; sets admin or user. The owner's own role changes only through a transfer. The
 * member is told by an in-app message, written in the same transaction as the change.
 */
export async function changeMemberRole(deps: AppDeps, action: MemberAction, role: "admin" | "user") {
  if (action.access.role !== "owner")
    throw new AppError("FORBIDDEN", "Only the tenant owner can change roles");
  const current = await requireTargetRole(deps, action);
  if (current === "owner")
    throw new AppError("CONFLICT", "Use ownership transfer to change the owner's role");
  await deps.db.$transaction(async (tx) => {
    if (!(await updateMemberRole(tx, action.access.tenantId, action.targetUserId, ["admin", "user"], role))) {
      throw new AppError("CONFLICT", "The member's role changed meanwhile; reload and try again");
    }
    await auditMemberAction(tx, action, "tenancy.role_changed", "high", {
      targetUserId: action.targetUserId,
      from: current,
      to: role,
    });
    if (current === role) return;
    await raiseEvent(tx, {
      tenantId: action.access.tenantId,
      type: "member.role_changed",
      data: { userId: action.targetUserId, from: current, to: role },
    });
    const tenant = await findTenantView(tx, action.access.tenantId);
    await insertMessage(tx, {
      userId: action.targetUserId,
      ...roleChangedMessage(tenant?.name ?? "your team", role),
    });
  });
}

/** Not the owner, not yourself; admins remove users only; users remove no one. */
export async function removeMember(deps: AppDeps, action: MemberAction) {
  if (action.access.role === "user")
    throw new AppError("FORBIDDEN", "Only owners and admins can remove members");
  if (action.targetUserId === action.actorId) throw new AppError("CONFLICT", "You cannot remove yourself");
  const removable: MembershipRole[] = action.access.role === "owner" ? ["admin", "user"] : ["user"];
  const current = await requireTargetRole(deps, action);
  if (current === "owner") throw new AppError("CONFLICT", "The tenant owner cannot be removed");
  if (!removable.includes(current)) throw new AppError("FORBIDDEN", "Admins can only remove users");
  await deps.db.$transaction(async (tx) => {
    if (!(await deleteMember(tx, action.access.tenantId, action.targetUserId, removable))) {
      throw new AppError("CONFLICT", "The member changed meanwhile; reload and try again");
    }
    await auditMemberAction(tx, action, "tenancy.member_removed", "high", {
      targetUserId: action.targetUserId,
      role: current,
    });
    await raiseEvent(tx, {
      tenantId: action.access.tenantId,
      type: "member.removed",
      data: { userId: action.targetUserId, role: current, reason: "removed" },
    });
  });
}

/**
 * Owner only; the target must already be a member. The old owner becomes admin. Both updates are
 * conditional in one transaction, so two racing transfers cannot leave zero or two owners.
 */
export async function transferOwnership(deps: AppDeps, action: MemberAction) {
  if (action.access.role !== "owner")
    throw new AppError("FORBIDDEN", "Only the tenant owner can transfer ownership");
  if (action.targetUserId === action.actorId) throw new AppError("CONFLICT", "You already own this tenant");
  const previous = await requireTargetRole(deps, action);
  const { tenantId } = action.access;
  await deps.db.$transaction(async (tx) => {
    if (!(await updateMemberRole(tx, tenantId, action.actorId, ["owner"], "admin"))) {
      throw new AppError("FORBIDDEN", "Only the tenant owner can transfer ownership");
    }
    if (!(await updateMemberRole(tx, tenantId, action.targetUserId, ["admin", "user"], "owner"))) {
      throw new AppError("NOT_FOUND", NOT_A_MEMBER);
    }
    await auditMemberAction(tx, action, "tenancy.ownership_transferred", "critical", {
      newOwnerId: action.targetUserId,
    });
    await raiseEvent(tx, {
      tenantId,
      type: "member.role_changed",
      data: { userId: action.actorId, from: "owner", to: "admin" },
    });
    await raiseEvent(tx, {
      tenantId,
      type: "member.role_changed",
      data: { userId: action.targetUserId, from: previous, to: "owner" },
    });
  });
}
