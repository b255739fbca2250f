import type { EmulatorContext } from "./context.js";
import type { StripeObject } from "./store.js";

export interface PaymentRequest {
  customer: string;
  amount: number;
  currency: string;
  description: string;
  metadata?: Record<string, unknown>;
  /** Fail whatever the customer's card, e.g. the checkout page's Decline button. */
  decline?: boolean;
}

/** One card payment: a PaymentIntent and its Charge, succeeded or declined, with their events. */
export function collectPayment(ctx: EmulatorContext, request: PaymentRequest) {
  const { store, webhooks } = ctx;
  const declined = request.decline === true || ctx.failingCustomers.has(request.customer);
  const common = {
    amount: request.amount,
    currency: request.currency,
    customer: request.customer,
    description: request.description,
    metadata: request.metadata ?? {},
  };
  const intentId = store.newId("payment_intent");
  const charge = store.insert<StripeObject>("charge", {
    ...common,
    amount_captured: declined ? 0 : request.amount,
    amount_refunded: 0,
    refunded: false,
    paid: !declined,
    captured: !declined,
    status: declined ? "failed" : "succeeded",
    payment_intent: intentId,
    failure_code: declined ? "card_declined" : null,
    failure_message: declined ? "Your card was declined." : null,
    refunds: { object: "list", data: [], has_more: false, url: "/v1/refunds" },
  });
  const intent = store.insert<StripeObject>("payment_intent", {
    id: intentId,
    ...common,
    amount_received: declined ? 0 : request.amount,
    status: declined ? "requires_payment_method" : "succeeded",
    latest_charge: charge.id,
    last_payment_error: declined
      ? {
          type: "card_error",
          code: "card_declined",
          decline_code: "generic_decline",
          message: "Your card was declined.",
        }
      : null,
  });
  webhooks.emit(declined ? "charge.failed" : "charge.succeeded", charge);
  webhooks.emit(declined ? "payment_intent.payment_failed" : "payment_intent.succeeded", intent);
  return { ok: !declined, intent, charge };
}
