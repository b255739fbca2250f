import { cancelSubscription } from "../billing.js";
import { invalid } from "../errors.js";
import { listOf } from "../lists.js";
import {
  mergeMetadata,
  optionalArray,
  optionalBoolean,
  optionalInteger,
  optionalString,
  requiredString,
} from "../params.js";
import { route } from "../router.js";
import type { StripeObject } from "../store.js";

type Item = StripeObject & { price: StripeObject };
type Sub = StripeObject & { items: { data: Item[] } };

const matches = (value: unknown, wanted: string | undefined) => wanted === undefined || value === wanted;

/** Subscriptions, invoices, payment intents, charges, refunds and events: read, plus the updates we use. */
export const billingObjectRoutes = [
  route("GET", "/v1/subscriptions", ({ body }, { store }) => {
    const customer = optionalString(body, "customer");
    const status = optionalString(body, "status");
    const price = optionalString(body, "price");
    return listOf(
      store.all<Sub>(
        "subscription",
        (s) =>
          matches(s.customer, customer) &&
          (status === "all" || (status === undefined ? s.status !== "canceled" : s.status === status)) &&
          (price === undefined || s.items.data.some((item) => item.price.id === price)),
      ),
      body,
      "/v1/subscriptions",
    );
  }),
  route("GET", "/v1/subscriptions/:id", ({ params }, { store }) =>
    store.get("subscription", params.id ?? ""),
  ),
  route("POST", "/v1/subscriptions/:id", ({ params, body }, { store, webhooks }) => {
    const sub = store.get<Sub>("subscription", params.id ?? "");
    if (sub.status === "canceled") {
      throw invalid(
        "A canceled subscription can only update its cancellation_details and metadata.",
        "subscription",
      );
    }
    const previous: Record<string, unknown> = {};
    const cancelAtPeriodEnd = optionalBoolean(body, "cancel_at_period_end");
    if (cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== sub.cancel_at_period_end) {
      previous.cancel_at_period_end = sub.cancel_at_period_end;
      previous.cancel_at = sub.cancel_at;
      previous.canceled_at = sub.canceled_at;
      const end = sub.items.data[0]?.current_period_end ?? null;
      Object.assign(sub, {
        cancel_at_period_end: cancelAtPeriodEnd,
        cancel_at: cancelAtPeriodEnd ? end : null,
        canceled_at: cancelAtPeriodEnd ? store.clock.now() : null,
      });
    }
    for (const [index, raw] of (optionalArray(body, "items") ?? []).entries()) {
      if (typeof raw !== "object" || Array.isArray(raw)) throw invalid("Invalid item", `items[${index}]`);
      const itemId = optionalString(raw, "id");
      const item = itemId ? sub.items.data.find((candidate) => candidate.id === itemId) : sub.items.data[0];
      if (!item) throw invalid(`No such subscription item: '${itemId}'`, `items[${index}][id]`);
      previous.items ??= structuredClone(sub.items);
      const priceId = optionalString(raw, "price");
      if (priceId) {
        const price = store.get<StripeObject>("price", priceId, `items[${index}][price]`);
        if (price.type !== "recurring")
          throw invalid("The price must be recurring", `items[${index}][price]`);
        item.price = price;
      }
      item.quantity = optionalInteger(raw, "quantity", { min: 1 }) ?? item.quantity;
    }
    if (body.metadata !== undefined) {
      previous.metadata = sub.metadata;
      sub.metadata = mergeMetadata(sub.metadata as Record<string, unknown>, body);
    }
    if (Object.keys(previous).length > 0) webhooks.emit("customer.subscription.updated", sub, previous);
    return sub;
  }),
  route("DELETE", "/v1/subscriptions/:id", ({ params }, ctx) => {
    const sub = ctx.store.get<Sub>("subscription", params.id ?? "");
    if (sub.status === "canceled") throw invalid("This subscription is already canceled.", "subscription");
    cancelSubscription(ctx, sub as never, "cancellation_requested");
    return sub;
  }),

  route("GET", "/v1/invoices", ({ body }, { store }) => {
    const customer = optionalString(body, "customer");
    const subscription = optionalString(body, "subscription");
    const status = optionalString(body, "status");
    return listOf(
      store.all<StripeObject & { parent: { subscription_details?: { subscription: string } } | null }>(
        "invoice",
        (i) =>
          matches(i.customer, customer) &&
          matches(i.status, status) &&
          matches(i.parent?.subscription_details?.subscription, subscription),
      ),
      body,
      "/v1/invoices",
    );
  }),
  route("GET", "/v1/invoices/:id", ({ params }, { store }) => store.get("invoice", params.id ?? "")),

  route("GET", "/v1/payment_intents", ({ body }, { store }) => {
    const customer = optionalString(body, "customer");
    return listOf(
      store.all("payment_intent", (p) => matches(p.customer, customer)),
      body,
      "/v1/payment_intents",
    );
  }),
  route("GET", "/v1/payment_intents/:id", ({ params }, { store }) =>
    store.get("payment_intent", params.id ?? ""),
  ),
  route("GET", "/v1/charges", ({ body }, { store }) => {
    const customer = optionalString(body, "customer");
    const intent = optionalString(body, "payment_intent");
    return listOf(
      store.all("charge", (c) => matches(c.customer, customer) && matches(c.payment_intent, intent)),
      body,
      "/v1/charges",
    );
  }),
  route("GET", "/v1/charges/:id", ({ params }, { store }) => store.get("charge", params.id ?? "")),

  route("POST", "/v1/refunds", ({ body }, { store, webhooks }) => {
    const chargeId = optionalString(body, "charge");
    const intentId = optionalString(body, "payment_intent");
    if (!chargeId && !intentId) throw invalid("One of `charge` or `payment_intent` is required.", "charge");
    const charge = chargeId
      ? store.get<StripeObject>("charge", chargeId, "charge")
      : store.get<StripeObject>(
          "charge",
          String(store.get("payment_intent", intentId ?? "", "payment_intent").latest_charge),
          "payment_intent",
        );
    if (charge.status !== "succeeded")
      throw invalid("This charge cannot be refunded: it did not succeed.", "charge");
    const remaining = Number(charge.amount) - Number(charge.amount_refunded);
    const amount = optionalInteger(body, "amount", { min: 1 }) ?? remaining;
    if (remaining <= 0) {
      throw invalid(`Charge ${charge.id} has already been refunded.`, "charge");
    }
    if (amount > remaining) {
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
        "amount",
      );
    }
    const refund = store.insert<StripeObject>("refund", {
      amount,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      currency: charge.currency,
      status: "succeeded",
      reason: optionalString(body, "reason") ?? null,
      metadata: mergeMetadata({}, body),
    });
    const refunds = charge.refunds as { data: StripeObject[] };
    Object.assign(charge, {
      amount_refunded: Number(charge.amount_refunded) + amount,
      refunded: Number(charge.amount_refunded) + amount === Number(charge.amount),
      refunds: { ...refunds, data: [refund, ...refunds.data] },
    });
    webhooks.emit("refund.created", refund);
    webhooks.emit("charge.refunded", charge, { amount_refunded: Number(charge.amount_refunded) - amount });
    return refund;
  }),
  route("GET", "/v1/refunds", ({ body }, { store }) => {
    const charge = optionalString(body, "charge");
    return listOf(
      store.all("refund", (r) => matches(r.charge, charge)),
      body,
      "/v1/refunds",
    );
  }),
  route("GET", "/v1/refunds/:id", ({ params }, { store }) => store.get("refund", params.id ?? "")),

  route("GET", "/v1/events", ({ body }, { store }) => {
    const type = optionalString(body, "type");
    const types = optionalArray(body, "types")?.map(String);
    return listOf(
      store.all(
        "event",
        (e) => matches(e.type, type) && (types === undefined || types.includes(String(e.type))),
      ),
      body,
      "/v1/events",
    );
  }),
  route("GET", "/v1/events/:id", ({ params }, { store }) => store.get("event", params.id ?? "")),

  route("POST", "/v1/webhook_endpoints", ({ body }, { store, webhooks }) => {
    const url = requiredString(body, "url");
    if (!/^https?:\/\//.test(url)) throw invalid("Invalid URL: must be http(s)", "url");
    const events = optionalArray(body, "enabled_events")?.map(String) ?? ["*"];
    const endpoint = webhooks.addEndpoint(url, undefined, events);
    return {
      id: endpoint.id,
      object: "webhook_endpoint",
      url,
      enabled_events: events,
      secret: endpoint.secret,
      status: "enabled",
      created: store.clock.now(),
      livemode: false,
    };
  }),
  route("GET", "/v1/webhook_endpoints", ({ body }, { webhooks }) =>
    listOf(
      webhooks.endpoints.map((endpoint) => ({
        id: endpoint.id,
        object: "webhook_endpoint",
        url: endpoint.url,
        enabled_events: endpoint.enabledEvents,
        status: "enabled",
        created: 0,
        livemode: false,
      })),
      body,
      "/v1/webhook_endpoints",
    ),
  ),
];
