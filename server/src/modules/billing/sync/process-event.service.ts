import type Stripe from "stripe";
import type { AppDeps } from "../../../app-deps.js";
import { expectedLivemode } from "../stripe/stripe-client.js";
import { customerForEvent } from "./event-customer.js";
import { syncCustomer } from "./sync-customer.service.js";

/** Event types that can change a customer's billing state; every other type is stored and ignored. */
export const HANDLED_EVENT_TYPES = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_succeeded",
  "invoice.payment_failed",
  "payment_intent.payment_failed",
  "charge.refunded",
  "refund.updated",
]);

/**
 * An event is a signal that its customer changed: we re-read that customer from Stripe and converge
 * (sync), so duplicates, reordering and late arrivals cannot regress anything.
 */
export async function processStripeEvent(deps: AppDeps, eventId: string): Promise<void> {
  const stored = await deps.db.stripeEvent.findUnique({ where: { id: eventId } });
  if (!stored || stored.processedAt) return;
  await deps.db.stripeEvent.update({ where: { id: eventId }, data: { attempts: { increment: 1 } } });
  const event = stored.payload as unknown as Stripe.Event;
  try {
    let outcome = "ignored";
    if (HANDLED_EVENT_TYPES.has(event.type) && event.livemode === expectedLivemode(deps)) {
      const customer = await customerForEvent(deps, event);
      if (customer) {
        // A sync that began reading Stripe after this event arrived has already seen its change.
        const covered = customer.lastSyncedAt !== null && customer.lastSyncedAt > stored.receivedAt;
        if (!covered) await syncCustomer(deps, customer.id);
        outcome = "processed";
      }
    }
    await deps.db.stripeEvent.update({
      where: { id: eventId },
      data: { processedAt: deps.clock.now(), outcome, lastError: null },
    });
  } catch (error) {
    await deps.db.stripeEvent.update({
      where: { id: eventId },
      data: {
        lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error).slice(0, 1000),
      },
    });
    throw error;
  }
}
