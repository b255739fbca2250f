import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertMembership, tenantHasOwner } from "../repositories/membership.repository.js";
import { ensureRootTenant, findRootTenant } from "../repositories/tenant.repository.js";

/** A root tenant exists from the first start (idempotent across nodes). */
export function bootstrapRootTenant(deps: Pick<AppDeps, "db" | "config">): Promise<string> {
  return ensureRootTenant(deps.db, deps.config.appName());
}

/**
 * The first account (or the one named by ROOT_ADMIN_EMAIL) becomes owner of the root tenant.
 * A transaction-scoped advisory lock makes "is there an owner yet?" and the insert one step.
 */
export async function claimRootOwnership(
  deps: Pick<AppDeps, "env">,
  tx: DbTx,
  userId: string,
  email: string,
  origin: RequestOrigin,
): Promise<void> {
  const named = deps.env.ROOT_ADMIN_EMAIL?.toLowerCase();
  if (named && named !== email) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('baseplate.root-owner'))`;
  const root = await findRootTenant(tx);
  if (!root || (await tenantHasOwner(tx, root.id))) return;
  await insertMembership(tx, userId, root.id, "owner");
  await writeAudit(tx, {
    action: "tenancy.root_owner_assigned",
    severity: "critical",
    message: "Became owner of the root tenant (platform administrator)",
    userId,
    tenantId: root.id,
    request: origin,
  });
}
