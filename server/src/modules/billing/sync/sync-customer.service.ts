import type { BillingCustomer } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { lockCustomer } from "../customers/billing-customer.repository.js";
import { requireStripe } from "../stripe/stripe-client.js";
import { applyBundlePurchases, applyPaidInvoices, applyRefunds } from "./apply-payments.js";
import { applyPlan, splitLive } from "./apply-plan.js";
import { applySubscriptions } from "./apply-subscriptions.js";
import { fetchStripeSnapshot } from "./stripe-snapshot.js";

const LEASE_SECONDS = 60;

export interface SyncResult {
  /** False when another sync held the customer: it runs again for us before it lets go. */
  ran: boolean;
  changes: string[];
}

async function claim(deps: AppDeps, customerId: string): Promise<boolean> {
  const claimed = await deps.db.$executeRaw`
    UPDATE "BillingCustomer" SET "syncLeaseUntil" = now() + make_interval(secs => ${LEASE_SECONDS}), "syncRequested" = false
    WHERE "id" = ${customerId}::uuid AND ("syncLeaseUntil" IS NULL OR "syncLeaseUntil" < now())`;
  return claimed === 1;
}

async function databaseNow(deps: AppDeps): Promise<Date> {
  const [row] = await deps.db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS "now"`;
  return row?.now ?? new Date();
}

/**
 * Lets go unless a sync was asked for meanwhile; then the holder keeps the lease and runs again.
 * lastSyncedAt is when the pass began reading Stripe: any event received before it is reflected.
 */
async function release(deps: AppDeps, customerId: string, readFrom: Date): Promise<boolean> {
  const released = await deps.db.$executeRaw`
    UPDATE "BillingCustomer" SET "syncLeaseUntil" = NULL, "lastSyncedAt" = ${readFrom}
    WHERE "id" = ${customerId}::uuid AND NOT "syncRequested"`;
  if (released === 1) return true;
  await deps.db.$executeRaw`
    UPDATE "BillingCustomer" SET "syncRequested" = false, "syncLeaseUntil" = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE "id" = ${customerId}::uuid`;
  return false;
}

/** One pass: read Stripe (no transaction open), then converge our state on it in one transaction. */
async function syncOnce(deps: AppDeps, customer: BillingCustomer, changes: string[]): Promise<void> {
  if (!customer.stripeCustomerId) return;
  const stripe = requireStripe(deps);
  const snapshot = await fetchStripeSnapshot(stripe, customer.stripeCustomerId);
  const now = deps.clock.now();
  const duplicates = await deps.db.$transaction(
    async (tx) => {
      const locked = await lockCustomer(tx, customer.id);
      const subscriptions = await applySubscriptions(tx, locked, snapshot.subscriptions, now, changes);
      const context = { tx, customer: locked, now, changes };
      await applyPaidInvoices(context, snapshot, subscriptions);
      await applyBundlePurchases(context, snapshot);
      await applyRefunds(context, snapshot);
      const { keeper, duplicates } = splitLive(subscriptions);
      await applyPlan(tx, locked, subscriptions, keeper, {
        now,
        graceDays: deps.config.number("billing.grace_period_days"),
        changes,
      });
      return duplicates;
    },
    { timeout: 30_000 },
  );
  // Two checkouts paid at once: the later subscription is canceled and its payment refunded.
  for (const duplicate of duplicates) {
    await stripe.subscriptions.cancel(
      duplicate.stripeSubscriptionId,
      {},
      { idempotencyKey: `cancel-duplicate:${duplicate.stripeSubscriptionId}` },
    );
    const invoices = await stripe.invoices.list({
      subscription: duplicate.stripeSubscriptionId,
      status: "paid",
      limit: 100,
    });
    for (const invoice of invoices.data) {
      const intent = invoice.payments?.data?.[0]?.payment?.payment_intent;
      const intentId = typeof intent === "string" ? intent : intent?.id;
      if (intentId)
        await stripe.refunds.create(
          { payment_intent: intentId },
          { idempotencyKey: `refund-duplicate:${invoice.id}` },
        );
    }
    changes.push(`duplicate subscription ${duplicate.stripeSubscriptionId} canceled and refunded`);
  }
  if (duplicates.length > 0) await syncOnce(deps, customer, changes);
}

/**
 * Makes our state for one customer match Stripe. Syncs of one customer never overlap: a sync asked
 * for while another runs is recorded and run by the holder afterwards, so the last read of Stripe
 * always happens after the last event. A crashed holder's lease expires; the sweep job retries it.
 */
export async function syncCustomer(deps: AppDeps, customerId: string): Promise<SyncResult> {
  const changes: string[] = [];
  if (!(await claim(deps, customerId))) {
    await deps.db.billingCustomer.update({ where: { id: customerId }, data: { syncRequested: true } });
    // The holder may have let go between our claim and our request: try once more.
    if (!(await claim(deps, customerId))) return { ran: false, changes };
  }
  try {
    let readFrom: Date;
    do {
      readFrom = await databaseNow(deps);
      const customer = await deps.db.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
      await syncOnce(deps, customer, changes);
    } while (!(await release(deps, customerId, readFrom)));
  } catch (error) {
    await deps.db
      .$executeRaw`UPDATE "BillingCustomer" SET "syncLeaseUntil" = NULL, "syncRequested" = true WHERE "id" = ${customerId}::uuid`;
    throw error;
  }
  return { ran: true, changes };
}
