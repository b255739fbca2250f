import type { EmulatorContext } from "./context.js";
import { collectPayment } from "./payments.js";
import { type Interval, periodEnd } from "./periods.js";
import type { StripeObject } from "./store.js";

/** Days after a failed renewal payment on which it is retried; after the last, the subscription ends. */
export const DUNNING_RETRY_DAYS = [3, 5, 7];
const DAY = 86_400;

export interface InvoiceLine {
  price: StripeObject;
  quantity: number;
  period: { start: number; end: number };
}

type Sub = StripeObject & {
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  billing_cycle_anchor: number;
  metadata: Record<string, unknown>;
  items: {
    data: (StripeObject & {
      price: StripeObject;
      quantity: number;
      current_period_start: number;
      current_period_end: number;
    })[];
  };
};

type Inv = StripeObject & {
  customer: string;
  status: string;
  amount_due: number;
  attempt_count: number;
  parent: { subscription_details: { subscription: string } | null } | null;
};

function nextInvoiceNumber(ctx: EmulatorContext, customer: string): string {
  const count = ctx.store.all(
    "invoice",
    (invoice) => invoice.customer === customer && invoice.number !== null,
  ).length;
  return `${customer.slice(4, 12).toUpperCase()}-${String(count + 1).padStart(4, "0")}`;
}

/** A finalized (open) invoice for `lines`, with its events; pay it with payInvoice. */
export function createInvoice(
  ctx: EmulatorContext,
  input: {
    customer: string;
    lines: InvoiceLine[];
    subscription?: Sub;
    billingReason: string;
    metadata?: Record<string, unknown>;
  },
): Inv {
  const { store, webhooks } = ctx;
  const now = store.clock.now();
  const currency = String(input.lines[0]?.price.currency ?? "usd");
  const lines = input.lines.map((line) => ({
    id: store.newId("line_item"),
    object: "line_item",
    amount: Number(line.price.unit_amount) * line.quantity,
    currency,
    description: `${line.quantity} × ${String(line.price.nickname ?? line.price.product)}`,
    period: line.period,
    quantity: line.quantity,
    pricing: {
      type: "price_details",
      price_details: { price: line.price.id, product: line.price.product },
      unit_amount_decimal: String(line.price.unit_amount),
    },
    metadata: {},
  }));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const customer = store.get<StripeObject>("customer", input.customer);
  const invoice = store.insert<Inv>("invoice", {
    customer: input.customer,
    customer_email: customer.email ?? null,
    customer_name: customer.name ?? null,
    status: "open",
    number: nextInvoiceNumber(ctx, input.customer),
    currency,
    subtotal: total,
    total,
    amount_due: total,
    amount_paid: 0,
    amount_remaining: total,
    attempt_count: 0,
    attempted: false,
    next_payment_attempt: now,
    billing_reason: input.billingReason,
    collection_method: "charge_automatically",
    period_start: input.lines[0]?.period.start ?? now,
    period_end: input.lines[0]?.period.end ?? now,
    lines: { object: "list", data: lines, has_more: false, url: "/v1/invoices/lines" },
    parent: input.subscription
      ? {
          type: "subscription_details",
          quote_details: null,
          subscription_details: {
            subscription: input.subscription.id,
            metadata: input.subscription.metadata,
          },
        }
      : null,
    payments: { object: "list", data: [], has_more: false, url: "/v1/invoice_payments" },
    status_transitions: { finalized_at: now, paid_at: null, voided_at: null, marked_uncollectible_at: null },
    metadata: input.metadata ?? {},
    hosted_invoice_url: null,
    invoice_pdf: null,
  });
  webhooks.emit("invoice.created", invoice);
  webhooks.emit("invoice.finalized", invoice);
  return invoice;
}

/** One payment attempt on an open invoice; on failure the next retry is scheduled (dunning). */
export function payInvoice(ctx: EmulatorContext, invoice: Inv, options: { decline?: boolean } = {}): boolean {
  const { store, webhooks } = ctx;
  const now = store.clock.now();
  const payment = collectPayment(ctx, {
    customer: invoice.customer,
    amount: invoice.amount_due,
    currency: String(invoice.currency),
    description: `Invoice ${String(invoice.number)}`,
    decline: options.decline,
  });
  invoice.attempt_count += 1;
  invoice.attempted = true;
  if (payment.ok) {
    Object.assign(invoice, {
      status: "paid",
      amount_paid: invoice.amount_due,
      amount_remaining: 0,
      next_payment_attempt: null,
      status_transitions: { ...(invoice.status_transitions as object), paid_at: now },
      payments: {
        object: "list",
        data: [
          {
            id: store.newId("invoice_payment"),
            object: "invoice_payment",
            amount_paid: invoice.amount_due,
            currency: invoice.currency,
            invoice: invoice.id,
            is_default: true,
            payment: { type: "payment_intent", payment_intent: payment.intent.id },
            status: "paid",
            created: now,
          },
        ],
        has_more: false,
        url: "/v1/invoice_payments",
      },
    });
    webhooks.emit("invoice.paid", invoice);
    webhooks.emit("invoice.payment_succeeded", invoice);
    return true;
  }
  const retryDay = DUNNING_RETRY_DAYS[invoice.attempt_count - 1];
  invoice.next_payment_attempt = retryDay === undefined ? null : now + retryDay * DAY;
  webhooks.emit("invoice.payment_failed", invoice);
  return false;
}

function setSubscription(ctx: EmulatorContext, sub: Sub, changes: Partial<Sub>): void {
  const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, structuredClone(sub[key])]));
  Object.assign(sub, changes);
  ctx.webhooks.emit("customer.subscription.updated", sub, previous);
}

/** Starts a subscription on `price` and collects its first invoice (Checkout's "Pay"). */
export function startSubscription(
  ctx: EmulatorContext,
  input: { customer: string; price: StripeObject; quantity: number; metadata: Record<string, unknown> },
): { subscription: Sub; invoice: Inv } {
  const { store, webhooks } = ctx;
  const now = store.clock.now();
  const recurring = input.price.recurring as { interval: Interval; interval_count: number };
  const end = periodEnd(now, recurring.interval, recurring.interval_count, now);
  const id = store.newId("subscription");
  const subscription = store.insert<Sub>("subscription", {
    id,
    customer: input.customer,
    status: "incomplete",
    currency: input.price.currency,
    billing_cycle_anchor: now,
    start_date: now,
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: null,
    ended_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: "charge_automatically",
    trial_start: null,
    trial_end: null,
    latest_invoice: null,
    metadata: input.metadata,
    items: {
      object: "list",
      data: [
        {
          id: store.newId("subscription_item"),
          object: "subscription_item",
          created: now,
          subscription: id,
          price: input.price,
          quantity: input.quantity,
          current_period_start: now,
          current_period_end: end,
          metadata: {},
        },
      ],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
  });
  webhooks.emit("customer.subscription.created", subscription);
  const invoice = createInvoice(ctx, {
    customer: input.customer,
    lines: [{ price: input.price, quantity: input.quantity, period: { start: now, end } }],
    subscription,
    billingReason: "subscription_create",
  });
  subscription.latest_invoice = invoice.id;
  payInvoice(ctx, invoice);
  setSubscription(ctx, subscription, { status: "active" });
  return { subscription, invoice };
}

export function cancelSubscription(ctx: EmulatorContext, sub: Sub, reason: string): void {
  const now = ctx.store.clock.now();
  Object.assign(sub, {
    status: "canceled",
    canceled_at: sub.canceled_at ?? now,
    ended_at: now,
    cancellation_details: { comment: null, feedback: null, reason },
  });
  ctx.webhooks.emit("customer.subscription.deleted", sub);
}

/** The period of `sub` ended: it ends too (cancel at period end) or renews and bills the next one. */
function renew(ctx: EmulatorContext, sub: Sub): void {
  const item = sub.items.data[0];
  if (!item) return;
  if (sub.cancel_at_period_end) {
    cancelSubscription(ctx, sub, "cancellation_requested");
    return;
  }
  const recurring = item.price.recurring as { interval: Interval; interval_count: number };
  const start = item.current_period_end;
  const end = periodEnd(start, recurring.interval, recurring.interval_count, sub.billing_cycle_anchor);
  const previous = { items: structuredClone(sub.items) };
  Object.assign(item, { current_period_start: start, current_period_end: end });
  const invoice = createInvoice(ctx, {
    customer: sub.customer,
    lines: [{ price: item.price, quantity: item.quantity, period: { start, end } }],
    subscription: sub,
    billingReason: "subscription_cycle",
  });
  sub.latest_invoice = invoice.id;
  ctx.webhooks.emit("customer.subscription.updated", sub, previous);
  const paid = payInvoice(ctx, invoice);
  if (!paid && sub.status !== "past_due") setSubscription(ctx, sub, { status: "past_due" });
}

/** A scheduled retry of a failed invoice: recovery makes the subscription active again. */
function retry(ctx: EmulatorContext, invoice: Inv): void {
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  const sub = subscriptionId ? ctx.store.find<Sub>("subscription", subscriptionId) : undefined;
  if (sub?.status === "canceled") {
    invoice.next_payment_attempt = null;
    return;
  }
  if (payInvoice(ctx, invoice)) {
    if (sub && sub.status === "past_due") setSubscription(ctx, sub, { status: "active" });
    return;
  }
  if (invoice.next_payment_attempt === null) {
    invoice.status = "uncollectible";
    ctx.webhooks.emit("invoice.marked_uncollectible", invoice);
    if (sub) cancelSubscription(ctx, sub, "payment_failed");
  }
}

type Due = { at: number; run: () => void };

function nextDue(ctx: EmulatorContext, until: number): Due | null {
  const due: Due[] = [];
  for (const sub of ctx.store.all<Sub>("subscription", (s) =>
    ["active", "past_due", "trialing"].includes(String(s.status)),
  )) {
    const end = sub.items.data[0]?.current_period_end;
    if (end !== undefined && end <= until) due.push({ at: end, run: () => renew(ctx, sub) });
  }
  for (const invoice of ctx.store.all<Inv>("invoice", (i) => i.status === "open" && i.attempt_count > 0)) {
    const at = invoice.next_payment_attempt as number | null;
    if (at !== null && at <= until) due.push({ at, run: () => retry(ctx, invoice) });
  }
  due.sort((a, b) => a.at - b.at);
  return due[0] ?? null;
}

/** Moves the test clock to `target`, running every renewal, retry and cancellation due on the way, in time order. */
export function advanceClock(ctx: EmulatorContext, target: number): number {
  let steps = 0;
  for (let due = nextDue(ctx, target); due && steps < 10_000; due = nextDue(ctx, target)) {
    ctx.store.clock.set(due.at);
    due.run();
    steps += 1;
  }
  ctx.store.clock.set(target);
  return steps;
}
