import { z } from "zod";
import { router } from "../../../trpc/init.js";
import { platformAdminProcedure } from "../../../trpc/procedures.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { reconcileAll } from "../sync/reconcile.service.js";
import { reconcileMeta, reconcileOutput } from "./admin-billing.types.js";

const reconcileRoute = platformAdminProcedure
  .meta(reconcileMeta)
  .input(z.void())
  .output(reconcileOutput)
  .mutation(async ({ ctx }) => {
    const report = await reconcileAll(ctx.deps);
    await writeAudit(ctx.deps.db, {
      action: "billing.reconciled",
      userId: ctx.principal.userId,
      message: `Reconciliation checked ${report.customers} customers and corrected ${report.corrected.length}`,
      metadata: { corrected: report.corrected, failed: report.failed },
      request: ctx.request,
    });
    return report;
  });

/** Operator actions on billing as a whole. */
export const adminBillingRouter = router({ reconcile: reconcileRoute });
