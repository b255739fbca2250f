import { z } from "zod";
import { roleProcedure } from "../../../../trpc/procedures.js";
import { openPortal } from "../services/manage-subscription.service.js";
import { portalMeta, portalOutput } from "./subscription.types.js";

export const portalRoute = roleProcedure("admin")
  .meta(portalMeta)
  .input(z.void())
  .output(portalOutput)
  .mutation(({ ctx }) => openPortal(ctx.deps, ctx.tenant.tenantId));
