import type { BillingCustomer, DbTx, Subscription } from "@baseplate/db";
import type Stripe from "stripe";
import { planIdForStripePrice } from "../catalog/services/stripe-catalog.service.js";
import { isPlatformObject } from "../stripe/stripe-metadata.js";
import { raiseSubscriptionChange } from "./billing-events.js";
import { subscriptionPriceId } from "./stripe-snapshot.js";

const at = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

/** Rewrites our snapshot of each of the customer's platform subscriptions from Stripe's current truth. */
export async function applySubscriptions(
  tx: DbTx,
  customer: BillingCustomer,
  subscriptions: Stripe.Subscription[],
  now: Date,
  changes: string[],
): Promise<Subscription[]> {
  const rows: Subscription[] = [];
  for (const sub of subscriptions) {
    if (!isPlatformObject(sub.metadata)) continue;
    const item = sub.items.data[0];
    if (!item) continue;
    const existing = await tx.subscription.findUnique({ where: { stripeSubscriptionId: sub.id } });
    const planId = (await planIdForStripePrice(tx, subscriptionPriceId(sub))) ?? existing?.planId ?? null;
    const pastDueSince =
      sub.status === "past_due" ? (existing?.status === "past_due" ? existing.pastDueSince : now) : null;
    const snapshot = {
      planId,
      status: sub.status,
      interval: item.price.recurring?.interval === "year" ? "year" : "month",
      currentPeriodStart: new Date(item.current_period_start * 1000),
      currentPeriodEnd: new Date(item.current_period_end * 1000),
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      canceledAt: at(sub.canceled_at),
      endedAt: at(sub.ended_at),
      pastDueSince,
    };
    const row = await tx.subscription.upsert({
      where: { stripeSubscriptionId: sub.id },
      create: { customerId: customer.id, stripeSubscriptionId: sub.id, ...snapshot },
      update: snapshot,
    });
    await raiseSubscriptionChange(tx, customer.tenantId, existing, row);
    if (!existing) changes.push(`subscription ${sub.id} recorded (${sub.status})`);
    else if (existing.status !== row.status)
      changes.push(`subscription ${sub.id}: ${existing.status} → ${row.status}`);
    else if (existing.cancelAtPeriodEnd !== row.cancelAtPeriodEnd)
      changes.push(
        `subscription ${sub.id}: cancel at period end ${row.cancelAtPeriodEnd ? "set" : "cleared"}`,
      );
    else if (existing.planId !== row.planId) changes.push(`subscription ${sub.id}: plan changed`);
    rows.push(row);
  }
  return rows;
}
