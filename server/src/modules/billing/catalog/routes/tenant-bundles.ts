import { tenantProcedure } from "../../../../trpc/procedures.js";
import { tenantBundles } from "../services/tenant-catalog.service.js";
import { tenantBundlesInput, tenantBundlesMeta, tenantBundlesOutput } from "./tenant-catalog.types.js";

export const tenantBundlesRoute = tenantProcedure
  .meta(tenantBundlesMeta)
  .input(tenantBundlesInput)
  .output(tenantBundlesOutput)
  .query(({ ctx }) => tenantBundles(ctx.deps));
