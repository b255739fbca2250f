import type { DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { insertMembership } from "../../tenancy/repositories/membership.repository.js";
import { insertTenantWithUniqueSlug } from "../../tenancy/repositories/tenant.repository.js";
import { claimRootOwnership } from "../../tenancy/services/root-tenant.service.js";
import { tenantSlug } from "../../tenancy/services/tenant-slug.js";
import { raiseEvent } from "../../webhooks/services/raise-event.js";
import { raiseTenantCreated, raiseUserCreated } from "../../webhooks/services/tenant-events.js";
import { insertUser } from "../repositories/user.repository.js";

export interface NewAccount {
  /** Already normalized (see normalizeEmail). */
  email: string;
  displayName: string;
  passwordHash: string | null;
  /** Set when the address is already proven (e.g. a verified Google email or an accepted invitation). */
  emailVerifiedAt?: Date;
  method: "password" | "google";
}

/** "Jane Doe" → "Jane's Team" / "janes-team". */
export function personalTenantName(displayName: string): { name: string; slug: string } {
  const first = displayName.trim().split(/\s+/)[0] ?? displayName;
  const name = `${first}'s Team`;
  return { name, slug: tenantSlug(name) };
}

/**
 * Creates a user with their personal tenant (as owner), claims root ownership for the first
 * account, and audits the signup — inside the caller's transaction. A duplicate email surfaces
 * as Prisma's P2002 for the caller to translate.
 */
export async function createAccount(
  deps: AppDeps,
  tx: DbTx,
  account: NewAccount,
  origin: RequestOrigin,
): Promise<{ userId: string; personalTenantId: string }> {
  const user = await insertUser(tx, {
    email: account.email,
    displayName: account.displayName.trim(),
    passwordHash: account.passwordHash,
    emailVerifiedAt: account.emailVerifiedAt ?? null,
  });
  const personal = personalTenantName(user.displayName);
  const tenantId = await insertTenantWithUniqueSlug(tx, personal.name, personal.slug);
  await insertMembership(tx, user.id, tenantId, "owner");
  await claimRootOwnership(deps, tx, user.id, account.email, origin);
  await raiseUserCreated(tx, user, account.method);
  await raiseTenantCreated(tx, tenantId, user.id);
  await raiseEvent(tx, {
    tenantId,
    type: "member.added",
    data: { userId: user.id, role: "owner", via: "signup" },
  });
  await writeAudit(tx, {
    action: "auth.signup",
    userId: user.id,
    tenantId,
    metadata: { method: account.method },
    request: origin,
  });
  return { userId: user.id, personalTenantId: tenantId };
}
