import { roleProcedure } from "../../../../trpc/procedures.js";
import { tenantActor } from "../../../tenancy/routes/tenant-actor.js";
import { startCheckout } from "../services/checkout.service.js";
import { checkoutInput, checkoutMeta, checkoutOutput } from "./subscription.types.js";

export const checkoutRoute = roleProcedure("admin")
  .meta(checkoutMeta)
  .input(checkoutInput)
  .output(checkoutOutput)
  .mutation(({ ctx, input }) =>
    startCheckout(
      ctx.deps,
      tenantActor(ctx),
      input.planId !== undefined
        ? { planId: input.planId, billingInterval: input.billingInterval ?? "month" }
        : { bundleId: input.bundleId ?? "" },
    ),
  );
