import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { listAdminBundles } from "../services/bundles.service.js";
import {
  listAdminBundlesInput,
  listAdminBundlesMeta,
  listAdminBundlesOutput,
} from "./admin-bundles.types.js";

export const listAdminBundlesRoute = platformAdminProcedure
  .meta(listAdminBundlesMeta)
  .input(listAdminBundlesInput)
  .output(listAdminBundlesOutput)
  .query(({ ctx }) => listAdminBundles(ctx.deps));
