import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { updateBundle } from "../services/bundles.service.js";
import { updateBundleInput, updateBundleMeta } from "./admin-bundles.types.js";
import { catalogActor } from "./catalog-actor.js";
import { adminBundleView } from "./plan-views.types.js";

export const updateBundleRoute = platformAdminProcedure
  .meta(updateBundleMeta)
  .input(updateBundleInput)
  .output(adminBundleView)
  .mutation(({ ctx, input: { bundleId, ...fields } }) =>
    updateBundle(ctx.deps, catalogActor(ctx), bundleId, fields),
  );
