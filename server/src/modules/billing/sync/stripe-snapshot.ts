import type Stripe from "stripe";

/** Everything Stripe knows about one customer that our state derives from, read outside any transaction. */
export interface StripeSnapshot {
  subscriptions: Stripe.Subscription[];
  paidInvoices: Stripe.Invoice[];
  paidBundleSessions: Stripe.Checkout.Session[];
  /** Charges with money refunded, each with its refunds (succeeded or not). */
  refunds: { charge: Stripe.Charge; refunds: Stripe.Refund[] }[];
}

const PAGE = { limit: 100 } as const;
const MAX_ITEMS = { limit: 10_000 } as const;

export async function fetchStripeSnapshot(stripe: Stripe, stripeCustomerId: string): Promise<StripeSnapshot> {
  const [subscriptions, invoices, sessions, charges] = await Promise.all([
    stripe.subscriptions
      .list({ customer: stripeCustomerId, status: "all", ...PAGE })
      .autoPagingToArray(MAX_ITEMS),
    stripe.invoices
      .list({ customer: stripeCustomerId, status: "paid", ...PAGE })
      .autoPagingToArray(MAX_ITEMS),
    stripe.checkout.sessions.list({ customer: stripeCustomerId, ...PAGE }).autoPagingToArray(MAX_ITEMS),
    stripe.charges.list({ customer: stripeCustomerId, ...PAGE }).autoPagingToArray(MAX_ITEMS),
  ]);
  return {
    subscriptions,
    paidInvoices: invoices.filter((invoice) => invoice.status === "paid"),
    paidBundleSessions: sessions.filter(
      (session) =>
        session.mode === "payment" && session.status === "complete" && session.payment_status === "paid",
    ),
    refunds: await Promise.all(
      charges
        .filter((charge) => charge.amount_refunded > 0)
        .map(async (charge) => ({
          charge,
          refunds: await stripe.refunds.list({ charge: charge.id, ...PAGE }).autoPagingToArray(MAX_ITEMS),
        })),
    ),
  };
}

/** The subscription an invoice bills (API 2025-03-31+: under parent.subscription_details). */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const subscription = invoice.parent?.subscription_details?.subscription;
  if (!subscription) return null;
  return typeof subscription === "string" ? subscription : subscription.id;
}

export function invoicePriceId(invoice: Stripe.Invoice): string | null {
  const price = invoice.lines.data[0]?.pricing?.price_details?.price;
  if (!price) return null;
  return typeof price === "string" ? price : price.id;
}

export function invoicePaymentIntentId(invoice: Stripe.Invoice): string | null {
  const intent = invoice.payments?.data?.[0]?.payment?.payment_intent;
  if (!intent) return null;
  return typeof intent === "string" ? intent : intent.id;
}

export function subscriptionPriceId(subscription: Stripe.Subscription): string | null {
  return subscription.items.data[0]?.price.id ?? null;
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}
