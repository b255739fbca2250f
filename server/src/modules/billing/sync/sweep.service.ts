import type { AppDeps } from "../../../app-deps.js";
import { processStripeEventJob } from "../jobs/process-stripe-event.job.js";
import { syncCustomer } from "./sync-customer.service.js";

const STALE_EVENT_SECONDS = 60;

export async function sweepBilling(deps: AppDeps): Promise<{ events: number; customers: number }> {
  const staleBefore = new Date(Date.now() - STALE_EVENT_SECONDS * 1000);
  const events = await deps.db.stripeEvent.findMany({
    where: { processedAt: null, attempts: 0, receivedAt: { lt: staleBefore } },
    select: { id: true },
    take: 500,
  });
  for (const { id } of events) await deps.jobs.enqueue(processStripeEventJob, { eventId: id });

  const now = deps.clock.now();
  const graceStart = new Date(now.getTime() - deps.config.number("billing.grace_period_days") * 86_400_000);
  const due = await deps.db.billingCustomer.findMany({
    where: {
      stripeCustomerId: { not: null },
      OR: [
        { syncRequested: true, OR: [{ syncLeaseUntil: null }, { syncLeaseUntil: { lt: new Date() } }] },
        // Restricted now, but the tenant still has the paid plan.
        {
          subscriptions: { some: { status: "past_due", pastDueSince: { lt: graceStart } } },
          tenant: { plan: { monthlyPriceCents: { gt: 0 } } },
        },
      ],
    },
    select: { id: true },
    take: 500,
  });
  const ids = [...new Set([...due.map((c) => c.id), ...(await annualMonthBegun(deps, now))])];
  for (const id of ids) {
    await syncCustomer(deps, id).catch((error: unknown) =>
      deps.log.warn({ err: error, customerId: id }, "billing sweep: sync failed"),
    );
  }
  return { events: events.length, customers: ids.length };
}

/**
 * Customers with an annual subscription whose next month of credits began after their last sync:
 * only they need Stripe re-read for it (not every annual customer every minute).
 */
async function annualMonthBegun(deps: AppDeps, now: Date): Promise<string[]> {
  const rows = await deps.db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c."id" FROM "BillingCustomer" c
    JOIN "Subscription" s ON s."customerId" = c."id"
    WHERE c."stripeCustomerId" IS NOT NULL AND s."interval" = 'year' AND s."status" IN ('active', 'trialing')
      AND (c."lastSyncedAt" IS NULL OR
        (extract(year FROM age(${now}::timestamptz, s."currentPeriodStart")) * 12 + extract(month FROM age(${now}::timestamptz, s."currentPeriodStart")))
        > (extract(year FROM age(c."lastSyncedAt", s."currentPeriodStart")) * 12 + extract(month FROM age(c."lastSyncedAt", s."currentPeriodStart"))))
    LIMIT 500`;
  return rows.map((row) => row.id);
}
