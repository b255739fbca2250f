import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { listEntitlementKeys } from "../services/plan-catalog.service.js";
import { entitlementKeysInput, entitlementKeysMeta, entitlementKeysOutput } from "./admin-plans.types.js";

export const entitlementKeysRoute = platformAdminProcedure
  .meta(entitlementKeysMeta)
  .input(entitlementKeysInput)
  .output(entitlementKeysOutput)
  .query(({ ctx }) => listEntitlementKeys(ctx.deps));
