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
  const graceStart = new Date(now.getTime() - deps.env.BILLING_GRACE_PERIOD_DAYS * 86_400_000);
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
        // A new month of an annual subscription's credits may have begun.
        { subscriptions: { some: { status: { in: ["active", "trialing"] }, interval: "year" } } },
      ],
    },
    select: { id: true },
    take: 500,
  });
  for (const { id } of due) {
    await syncCustomer(deps, id).catch((error: unknown) =>
      deps.log.warn({ err: error, customerId: id }, "billing sweep: sync failed"),
    );
  }
  return { events: events.length, customers: due.length };
}
