import { z } from "zod";
import { tenantProcedure } from "../../../../trpc/procedures.js";
import { publishableKeyMeta, publishableKeyOutput } from "./subscription.types.js";

export const publishableKeyRoute = tenantProcedure
  .meta(publishableKeyMeta)
  .input(z.void())
  .output(publishableKeyOutput)
  .query(({ ctx }) => ({ publishableKey: ctx.deps.stripe.publishableKey, mode: ctx.deps.stripe.mode }));
