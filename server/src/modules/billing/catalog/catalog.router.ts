import { router } from "../../../trpc/init.js";
import { createBundleRoute } from "./routes/create-bundle.js";
import { createPlanRoute } from "./routes/create-plan.js";
import { deleteBundleRoute } from "./routes/delete-bundle.js";
import { deletePlanRoute } from "./routes/delete-plan.js";
import { entitlementKeysRoute } from "./routes/entitlement-keys.js";
import { getAdminPlanRoute } from "./routes/get-admin-plan.js";
import { listAdminBundlesRoute } from "./routes/list-admin-bundles.js";
import { listAdminPlansRoute } from "./routes/list-admin-plans.js";
import { tenantBundlesRoute } from "./routes/tenant-bundles.js";
import { tenantPlansRoute } from "./routes/tenant-plans.js";
import { updateBundleRoute } from "./routes/update-bundle.js";
import { updatePlanRoute } from "./routes/update-plan.js";

/** Admin CRUD of the platform app's plans (root-tenant admins, admin API keys). */
export const adminPlansRouter = router({
  list: listAdminPlansRoute,
  // Before `get`: REST matches paths in this order, and /admin/plans/{planId} would take it.
  entitlementKeys: entitlementKeysRoute,
  get: getAdminPlanRoute,
  create: createPlanRoute,
  update: updatePlanRoute,
  delete: deletePlanRoute,
});

/** Admin CRUD of the platform app's credit bundles. */
export const adminBundlesRouter = router({
  list: listAdminBundlesRoute,
  create: createBundleRoute,
  update: updateBundleRoute,
  delete: deleteBundleRoute,
});

/** What any tenant member reads of the catalog (mounted under `billing`). */
export const catalogBillingRoutes = {
  plans: tenantPlansRoute,
  bundles: tenantBundlesRoute,
};
