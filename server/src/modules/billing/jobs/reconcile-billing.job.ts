import { z } from "zod";
import { defineJob } from "../../../jobs/define-job.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { reconcileAll } from "../sync/reconcile.service.js";

/** Nightly: every customer re-read from Stripe; corrections are logged and audited. */
export const reconcileBillingJob = defineJob({
  name: "billing.reconcile",
  payload: z.object({}).strict(),
  schedule: "17 3 * * *",
  retryLimit: 2,
  async handler(_payload, deps) {
    const report = await reconcileAll(deps);
    if (report.corrected.length > 0 || report.failed.length > 0) {
      deps.log.warn(
        { corrected: report.corrected.length, failed: report.failed.length },
        "billing reconciliation corrected drift",
      );
      await writeAudit(deps.db, {
        action: "billing.reconciled",
        severity: report.failed.length > 0 ? "high" : "low",
        message: `Reconciliation checked ${report.customers} customers and corrected ${report.corrected.length}`,
        metadata: { corrected: report.corrected, failed: report.failed },
      });
    }
  },
});
