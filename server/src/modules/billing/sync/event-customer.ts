import type { BillingCustomer } from "@baseplate/db";
import type Stripe from "stripe";
import type { AppDeps } from "../../../app-deps.js";
import { requireStripe } from "../stripe/stripe-client.js";
import { isPlatformObject, META } from "../stripe/stripe-metadata.js";
import { idOf } from "./stripe-snapshot.js";

/** The Stripe customer an event is about: the object's `customer`, or the customer itself. */
function stripeCustomerIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as {
    object?: string;
    id?: string;
    customer?: string | { id: string } | null;
  };
  if (object.object === "customer") return object.id ?? null;
  return idOf(object.customer ?? null);
}

/**
 * Our customer for an event, or null when it is not ours. The event can beat our own write of the
 * Stripe customer id (we create the Stripe customer, then save its id): the Stripe customer's
 * metadata names our customer, so the link is made here either way.
 */
export async function customerForEvent(deps: AppDeps, event: Stripe.Event): Promise<BillingCustomer | null> {
  const stripeCustomerId = stripeCustomerIdOf(event);
  if (!stripeCustomerId) return null;
  const known = await deps.db.billingCustomer.findUnique({ where: { stripeCustomerId } });
  if (known) return known;
  const remote = await requireStripe(deps).customers.retrieve(stripeCustomerId);
  if (remote.deleted || !isPlatformObject(remote.metadata)) return null;
  const ourId = remote.metadata[META.customer];
  if (!ourId) return null;
  await deps.db.billingCustomer.updateMany({
    where: { id: ourId, stripeCustomerId: null },
    data: { stripeCustomerId },
  });
  return deps.db.billingCustomer.findFirst({ where: { id: ourId, stripeCustomerId } });
}
