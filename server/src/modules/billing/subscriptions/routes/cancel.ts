import { z } from "zod";
import { roleProcedure } from "../../../../trpc/procedures.js";
import { tenantActor } from "../../../tenancy/routes/tenant-actor.js";
import { setCancelAtPeriodEnd } from "../services/manage-subscription.service.js";
import { cancelMeta, cancelOutput } from "./subscription.types.js";

export const cancelRoute = roleProcedure("admin")
  .meta(cancelMeta)
  .input(z.void())
  .output(cancelOutput)
  .mutation(async ({ ctx }) => {
    const { currentPeriodEnd } = await setCancelAtPeriodEnd(ctx.deps, tenantActor(ctx), true);
    return { message: "Subscription will cancel at end of billing period", currentPeriodEnd };
  });
