import type { DbTx } from "@baseplate/db";
import { AppError } from "../../../lib/errors.js";
import { countOpenInvitations } from "../repositories/invitation.repository.js";
import { countTenantMembers } from "../repositories/membership.repository.js";
import type { LockedTenant } from "../repositories/tenant.repository.js";

/**
 * Refuses when the tenant's plan has no seat left. Open invitations hold a seat, so a limit
 * cannot be overshot by inviting many people at once. Call after lockTenant() in the same transaction.
 */
export async function assertSeatAvailable(
  tx: DbTx,
  tenant: LockedTenant,
  now: Date,
  options: { includeOpenInvitations: boolean; exceptEmail?: string },
): Promise<void> {
  const { id: tenantId, userLimit: limit } = tenant;
  if (limit <= 0) return;
  const members = await countTenantMembers(tx, tenantId);
  const invited = options.includeOpenInvitations
    ? await countOpenInvitations(tx, tenantId, now, options.exceptEmail)
    : 0;
  if (members + invited >= limit) {
    throw new AppError(
      "PAYMENT_REQUIRED",
      `This tenant's plan allows ${limit} user${limit === 1 ? "" : "s"} (${members} member${members === 1 ? "" : "s"}, ${invited} pending invitation${invited === 1 ? "" : "s"}). Upgrade the plan or remove someone first.`,
    );
  }
}
