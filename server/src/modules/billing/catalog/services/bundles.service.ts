import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { isUniqueViolation } from "../../../../lib/prisma-errors.js";
import { writeAudit } from "../../../audit/repositories/audit.repository.js";
import {
  type BundleWrite,
  deleteBundle as deleteBundleRow,
  insertPlatformBundle,
  listPlatformBundles,
  lockPlatformBundle,
  updateBundle as updateBundleRow,
} from "../repositories/bundle.repository.js";
import type { CatalogActor } from "./catalog-actor.js";
import { type AdminBundleView, toAdminBundleView } from "./catalog-views.js";
import { changedFields } from "./field-changes.js";
import { bundleProductKey, renameStripeProduct } from "./stripe-catalog.service.js";

const BUNDLE_NOT_FOUND = "Credit bundle not found";
const duplicateName = (name: string) =>
  new AppError("CONFLICT", `A credit bundle named "${name}" already exists`);

/** Every bundle, inactive ones too. */
export async function listAdminBundles(deps: AppDeps): Promise<{ bundles: AdminBundleView[] }> {
  const rows = await listPlatformBundles(deps.db, { activeOnly: false });
  return { bundles: rows.map(toAdminBundleView) };
}

export async function createBundle(
  deps: AppDeps,
  actor: CatalogActor,
  input: BundleWrite & { name: string; credits: number; priceCents: number },
): Promise<AdminBundleView> {
  try {
    const bundle = await deps.db.$transaction(async (tx) => {
      const created = await insertPlatformBundle(tx, input);
      await writeAudit(tx, {
        action: "billing.bundle_created",
        userId: actor.userId,
        tenantId: actor.rootTenantId,
        message: `Created the credit bundle ${created.name}`,
        metadata: { bundleId: created.id, fields: input },
        request: actor.origin,
      });
      return created;
    });
    return toAdminBundleView(bundle);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

/** Fields left out stay as they are. A new price takes effect at the next checkout (a new Stripe price). */
export async function updateBundle(
  deps: AppDeps,
  actor: CatalogActor,
  bundleId: string,
  input: BundleWrite,
): Promise<AdminBundleView> {
  try {
    const { bundle, renamed } = await deps.db.$transaction(async (tx) => {
      const before = await lockPlatformBundle(tx, bundleId);
      if (!before) throw new AppError("NOT_FOUND", BUNDLE_NOT_FOUND);
      const changes = changedFields(before, input);
      if (Object.keys(changes).length === 0) return { bundle: before, renamed: false };
      const after = await updateBundleRow(tx, bundleId, input);
      await writeAudit(tx, {
        action: "billing.bundle_updated",
        userId: actor.userId,
        tenantId: actor.rootTenantId,
        message: `Updated the credit bundle ${after.name}`,
        metadata: { bundleId, changes },
        request: actor.origin,
      });
      return { bundle: after, renamed: Boolean(changes.name) };
    });
    if (renamed) await renameStripeProduct(deps, bundleProductKey(bundleId), bundle.name);
    return toAdminBundleView(bundle);
  } catch (error) {
    if (isUniqueViolation(error) && input.name) throw duplicateName(input.name);
    throw error;
  }
}

/** Past purchases keep their bundle's name and id on the transaction; nothing else refers to it. */
export async function deleteBundle(deps: AppDeps, actor: CatalogActor, bundleId: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const bundle = await lockPlatformBundle(tx, bundleId);
    if (!bundle) throw new AppError("NOT_FOUND", BUNDLE_NOT_FOUND);
    await deleteBundleRow(tx, bundleId);
    await writeAudit(tx, {
      action: "billing.bundle_deleted",
      severity: "high",
      userId: actor.userId,
      tenantId: actor.rootTenantId,
      message: `Deleted the credit bundle ${bundle.name}`,
      metadata: { bundleId, name: bundle.name },
      request: actor.origin,
    });
  });
}
