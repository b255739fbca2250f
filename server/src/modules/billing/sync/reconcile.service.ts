import type { AppDeps } from "../../../app-deps.js";
import { syncCustomer } from "./sync-customer.service.js";

export interface ReconcileReport {
  customers: number;
  corrected: { customerId: string; tenantId: string | null; changes: string[] }[];
  failed: { customerId: string; error: string }[];
}

/**
 * Re-syncs every customer from Stripe and reports what changed: Stripe keeps events ~30 days and a
 * missed one cannot be replayed, so drift is found here (our state moved, Stripe is the truth).
 */
export async function reconcileAll(deps: AppDeps): Promise<ReconcileReport> {
  const report: ReconcileReport = { customers: 0, corrected: [], failed: [] };
  let cursor: string | undefined;
  for (;;) {
    const batch = await deps.db.billingCustomer.findMany({
      where: { stripeCustomerId: { not: null } },
      orderBy: { id: "asc" },
      take: 100,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, tenantId: true },
    });
    if (batch.length === 0) return report;
    for (const customer of batch) {
      report.customers += 1;
      try {
        const { changes } = await syncCustomer(deps, customer.id);
        if (changes.length > 0)
          report.corrected.push({ customerId: customer.id, tenantId: customer.tenantId, changes });
      } catch (error) {
        report.failed.push({
          customerId: customer.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    cursor = batch.at(-1)?.id;
  }
}
