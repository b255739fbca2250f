import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { createBundle } from "../services/bundles.service.js";
import { createBundleInput, createBundleMeta } from "./admin-bundles.types.js";
import { catalogActor } from "./catalog-actor.js";
import { adminBundleView } from "./plan-views.types.js";

export const createBundleRoute = platformAdminProcedure
  .meta(createBundleMeta)
  .input(createBundleInput)
  .output(adminBundleView)
  .mutation(({ ctx, input }) => createBundle(ctx.deps, catalogActor(ctx), input));
