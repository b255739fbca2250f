import { deletedOutput } from "../../../../lib/input-fields.js";
import { platformAdminProcedure } from "../../../../trpc/procedures.js";
import { deleteBundle } from "../services/bundles.service.js";
import { deleteBundleInput, deleteBundleMeta } from "./admin-bundles.types.js";
import { catalogActor } from "./catalog-actor.js";

export const deleteBundleRoute = platformAdminProcedure
  .meta(deleteBundleMeta)
  .input(deleteBundleInput)
  .output(deletedOutput)
  .mutation(async ({ ctx, input }) => {
    await deleteBundle(ctx.deps, catalogActor(ctx), input.bundleId);
    return { status: "deleted" as const };
  });
