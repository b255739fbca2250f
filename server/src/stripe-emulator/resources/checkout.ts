import { startSubscription } from "../billing.js";
import type { EmulatorContext } from "../context.js";
import { cardDeclined, invalid, required } from "../errors.js";
import type { FormObject } from "../form.js";
import { listOf } from "../lists.js";
import {
  mergeMetadata,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
} from "../params.js";
import { collectPayment } from "../payments.js";
import { route } from "../router.js";
import type { StripeObject } from "../store.js";
import { createCustomer } from "./catalog.js";

interface SessionLine {
  price: StripeObject;
  quantity: number;
}

/** What the session sells, kept beside it (GET /line_items) and charged on Pay. */
const sessionLines = new WeakMap<StripeObject, SessionLine[]>();

function lineItemsOf(ctx: EmulatorContext, body: FormObject, mode: string): SessionLine[] {
  const items = optionalArray(body, "line_items");
  if (!items || items.length === 0) throw required("line_items");
  return items.map((item, index) => {
    if (typeof item !== "object" || Array.isArray(item))
      throw invalid("Invalid line item", `line_items[${index}]`);
    const price = ctx.store.get<StripeObject>(
      "price",
      requiredString(item, "price"),
      `line_items[${index}][price]`,
    );
    if (!price.active) throw invalid(`The price ${price.id} is not active`, `line_items[${index}][price]`);
    const recurring = price.type === "recurring";
    if ((mode === "subscription") !== recurring) {
      throw invalid(
        mode === "subscription"
          ? "You must provide at least one recurring price in `subscription` mode when using prices."
          : "You specified `payment` mode but passed a recurring price.",
        `line_items[${index}][price]`,
      );
    }
    return { price, quantity: optionalInteger(item, "quantity", { min: 1 }) ?? 1 };
  });
}

export function sessionLinesOf(session: StripeObject): SessionLine[] {
  return sessionLines.get(session) ?? [];
}

/** The customer a completed session pays as: the given one, or one created from the email. */
function payingCustomer(ctx: EmulatorContext, session: StripeObject): string {
  if (typeof session.customer === "string") return session.customer;
  const customer = createCustomer(ctx, {
    email: session.customer_email ?? null,
    name: null,
    description: null,
    metadata: {},
  });
  session.customer = customer.id;
  return customer.id;
}

/**
 * The hosted page's Pay (or Decline) button. Pay creates the subscription or the payment with a paid
 * invoice, then completes the session; a decline charges nothing and leaves the session open.
 * Returns where the browser goes next.
 */
export function completeCheckout(ctx: EmulatorContext, session: StripeObject, decline: boolean): string {
  if (session.status !== "open")
    throw invalid(`This Checkout Session is ${String(session.status)}`, "session");
  const lines = sessionLinesOf(session);
  const customerId = payingCustomer(ctx, session);
  if (decline || ctx.failingCustomers.has(customerId)) {
    const amount = Number(session.amount_total);
    if (session.mode === "payment") {
      const failed = collectPayment(ctx, {
        customer: customerId,
        amount,
        currency: String(session.currency),
        description: "Checkout",
        decline: true,
        metadata: session.payment_intent_metadata as Record<string, unknown>,
      });
      session.payment_intent = failed.intent.id;
    }
    throw cardDeclined();
  }
  const [first] = lines;
  if (!first) throw required("line_items");
  if (session.mode === "subscription") {
    const { subscription, invoice } = startSubscription(ctx, {
      customer: customerId,
      price: first.price,
      quantity: first.quantity,
      metadata: (session.subscription_metadata as Record<string, unknown>) ?? {},
    });
    Object.assign(session, { subscription: subscription.id, invoice: invoice.id });
  } else {
    const payment = collectPayment(ctx, {
      customer: customerId,
      amount: Number(session.amount_total),
      currency: String(session.currency),
      description: "Checkout",
      metadata: session.payment_intent_metadata as Record<string, unknown>,
    });
    session.payment_intent = payment.intent.id;
  }
  Object.assign(session, { status: "complete", payment_status: "paid" });
  ctx.webhooks.emit("checkout.session.completed", session);
  return String(session.success_url).replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}

export const checkoutRoutes = [
  route("POST", "/v1/checkout/sessions", ({ body }, ctx) => {
    const mode = requiredString(body, "mode");
    if (mode !== "subscription" && mode !== "payment")
      throw invalid("mode must be subscription or payment", "mode");
    const customer = optionalString(body, "customer");
    if (customer) ctx.store.get("customer", customer, "customer");
    const lines = lineItemsOf(ctx, body, mode);
    const currency = String(lines[0]?.price.currency);
    const total = lines.reduce((sum, line) => sum + Number(line.price.unit_amount) * line.quantity, 0);
    const id = ctx.store.newId("checkout.session");
    const session = ctx.store.insert<StripeObject>("checkout.session", {
      id,
      mode,
      status: "open",
      payment_status: "unpaid",
      customer: customer ?? null,
      customer_email: optionalString(body, "customer_email") ?? null,
      client_reference_id: optionalString(body, "client_reference_id") ?? null,
      success_url: requiredString(body, "success_url"),
      cancel_url: optionalString(body, "cancel_url") ?? null,
      currency,
      amount_subtotal: total,
      amount_total: total,
      metadata: mergeMetadata({}, body),
      subscription: null,
      payment_intent: null,
      invoice: null,
      expires_at: ctx.store.clock.now() + 24 * 3600,
      url: `${ctx.baseUrl()}/checkout/${id}`,
    });
    // Not part of Stripe's session object: copied onto the subscription / payment it creates.
    Object.defineProperty(session, "subscription_metadata", {
      value: mergeMetadata({}, optionalObject(body, "subscription_data") ?? {}),
      enumerable: false,
    });
    Object.defineProperty(session, "payment_intent_metadata", {
      value: mergeMetadata({}, optionalObject(body, "payment_intent_data") ?? {}),
      enumerable: false,
    });
    sessionLines.set(session, lines);
    return session;
  }),
  route("GET", "/v1/checkout/sessions", ({ body }, { store }) => {
    const customer = optionalString(body, "customer");
    return listOf(
      store.all("checkout.session", (s) => customer === undefined || s.customer === customer),
      body,
      "/v1/checkout/sessions",
    );
  }),
  route("GET", "/v1/checkout/sessions/:id", ({ params }, { store }) =>
    store.get("checkout.session", params.id ?? ""),
  ),
  route("GET", "/v1/checkout/sessions/:id/line_items", ({ params, body }, { store }) => {
    const session = store.get<StripeObject>("checkout.session", params.id ?? "");
    const data = sessionLinesOf(session).map((line, index) => ({
      id: `li_${session.id.slice(8)}${index}`,
      object: "item",
      price: line.price,
      quantity: line.quantity,
      amount_subtotal: Number(line.price.unit_amount) * line.quantity,
      amount_total: Number(line.price.unit_amount) * line.quantity,
      currency: line.price.currency,
      description: String(line.price.nickname ?? line.price.product),
      created: session.created,
    }));
    return listOf(data as StripeObject[], body, `/v1/checkout/sessions/${session.id}/line_items`);
  }),
  route("POST", "/v1/checkout/sessions/:id/expire", ({ params }, ctx) => {
    const session = ctx.store.get<StripeObject>("checkout.session", params.id ?? "");
    if (session.status !== "open") throw invalid("Only open sessions can be expired", "session");
    session.status = "expired";
    ctx.webhooks.emit("checkout.session.expired", session);
    return session;
  }),
  route("POST", "/v1/billing_portal/sessions", ({ body }, ctx) => {
    const customer = ctx.store.get("customer", requiredString(body, "customer"), "customer");
    const id = ctx.store.newId("billing_portal.session");
    return ctx.store.insert("billing_portal.session", {
      id,
      customer: customer.id,
      return_url: optionalString(body, "return_url") ?? null,
      url: `${ctx.baseUrl()}/portal/${id}`,
      configuration: "bpc_emulator",
      locale: null,
      on_behalf_of: null,
    });
  }),
];
