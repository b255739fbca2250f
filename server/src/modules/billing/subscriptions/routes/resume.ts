import { z } from "zod";
import { roleProcedure } from "../../../../trpc/procedures.js";
import { tenantActor } from "../../../tenancy/routes/tenant-actor.js";
import { setCancelAtPeriodEnd } from "../services/manage-subscription.service.js";
import { resumeMeta, resumeOutput } from "./subscription.types.js";

export const resumeRoute = roleProcedure("admin")
  .meta(resumeMeta)
  .input(z.void())
  .output(resumeOutput)
  .mutation(async ({ ctx }) => {
    const { currentPeriodEnd } = await setCancelAtPeriodEnd(ctx.deps, tenantActor(ctx), false);
    return { message: "Subscription resumed", currentPeriodEnd };
  });
