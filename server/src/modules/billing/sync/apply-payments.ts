import type { BillingCustomer, DbTx, Plan, Subscription } from "@baseplate/db";
import type Stripe from "stripe";
import { planIdForStripePrice } from "../catalog/services/stripe-catalog.service.js";
import {
  clawbackPurchasedCredits,
  grantBonusCredits,
  grantPeriodCredits,
  grantPurchasedCredits,
} from "../credits/services/credit-ledger.service.js";
import { recordTransaction } from "../invoices/services/invoice-number.service.js";
import { META } from "../stripe/stripe-metadata.js";
import { raiseCreditsPurchased, raiseInvoicePaid, raiseRefundCreated } from "./billing-events.js";
import {
  invoicePaymentIntentId,
  invoicePriceId,
  invoiceSubscriptionId,
  type StripeSnapshot,
} from "./stripe-snapshot.js";

const date = (seconds: number) => new Date(seconds * 1000);

function addMonths(start: Date, months: number): Date {
  const next = new Date(start);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

interface Context {
  tx: DbTx;
  customer: BillingCustomer;
  now: Date;
  changes: string[];
}

async function isRecorded(tx: DbTx, sourceKey: string): Promise<boolean> {
  return (await tx.billingTransaction.count({ where: { sourceKey } })) > 0;
}

/**
 * A paid subscription invoice: one transaction (with its invoice number), the plan's credits for
 * each month of the period that has begun, and the bonus with the first one — an annual invoice grants
 * a month at a time. Every effect is keyed on the invoice, so a replay changes nothing.
 */
async function applyPaidInvoice(
  ctx: Context,
  invoice: Stripe.Invoice,
  subscription: Subscription,
  plan: Plan,
) {
  const { tx, customer, now } = ctx;
  const line = invoice.lines.data[0];
  const periodStart = date(line?.period.start ?? invoice.period_start);
  const periodEnd = date(line?.period.end ?? invoice.period_end);
  if (!(await isRecorded(tx, invoice.id))) {
    const transaction = await recordTransaction(tx, {
      appId: customer.appId,
      customerId: customer.id,
      tenantId: customer.tenantId,
      type: "subscription",
      description: `${plan.name} Plan (${subscription.interval === "year" ? "Annual" : "Monthly"})`,
      amountCents: invoice.amount_paid,
      currency: invoice.currency,
      planId: plan.id,
      planName: plan.name,
      sourceKey: invoice.id,
      stripeInvoiceId: invoice.id,
      stripePaymentIntentId: invoicePaymentIntentId(invoice),
      periodStart,
      periodEnd,
      createdAt: date(invoice.status_transitions?.paid_at ?? invoice.created),
    });
    await raiseInvoicePaid(tx, transaction);
    ctx.changes.push(`payment recorded for invoice ${invoice.id}`);
  }
  for (let month = 0; plan.usageCreditsPerMonth > 0; month++) {
    const monthStart = addMonths(periodStart, month);
    // The first month is paid for by the invoice itself; later months of a longer period begin with time.
    if (monthStart >= periodEnd || (month > 0 && monthStart > now)) break;
    const grant = await grantPeriodCredits(tx, {
      customerId: customer.id,
      credits: plan.usageCreditsPerMonth,
      policy: plan.creditResetPolicy,
      causeId: `${invoice.id}:${month}`,
      description: `${plan.name}: ${plan.usageCreditsPerMonth} credits for the month from ${monthStart.toISOString().slice(0, 10)}`,
    });
    if (grant.applied) ctx.changes.push(`period credits granted (${invoice.id}, month ${month + 1})`);
  }
  // After the first grant, so a `reset` grant does not replace it.
  if (plan.bonusCredits > 0) {
    const bonus = await grantBonusCredits(tx, {
      customerId: customer.id,
      credits: plan.bonusCredits,
      causeId: "first-subscription",
      description: `Welcome bonus with ${plan.name}`,
    });
    if (bonus.applied) ctx.changes.push(`bonus of ${plan.bonusCredits} credits granted`);
  }
}

export async function applyPaidInvoices(
  ctx: Context,
  snapshot: StripeSnapshot,
  subscriptions: Subscription[],
) {
  const byStripeId = new Map(subscriptions.map((sub) => [sub.stripeSubscriptionId, sub]));
  const invoices = [...snapshot.paidInvoices].sort(
    (a, b) => (a.lines.data[0]?.period.start ?? a.created) - (b.lines.data[0]?.period.start ?? b.created),
  );
  for (const invoice of invoices) {
    const subscription = byStripeId.get(invoiceSubscriptionId(invoice) ?? "");
    if (!subscription) continue; // not a subscription of ours
    const planId = (await planIdForStripePrice(ctx.tx, invoicePriceId(invoice))) ?? subscription.planId;
    const plan = planId ? await ctx.tx.plan.findUnique({ where: { id: planId } }) : null;
    if (plan) await applyPaidInvoice(ctx, invoice, subscription, plan);
  }
}

/** A paid bundle checkout: a purchase transaction and the purchased credits (the amount bought then). */
export async function applyBundlePurchases(ctx: Context, snapshot: StripeSnapshot) {
  for (const session of snapshot.paidBundleSessions) {
    const metadata = session.metadata ?? {};
    const bundleId = metadata[META.bundle];
    const credits = Number(metadata[META.credits]);
    if (
      !bundleId ||
      metadata[META.customer] !== ctx.customer.id ||
      !Number.isInteger(credits) ||
      credits <= 0
    )
      continue;
    const bundle = await ctx.tx.creditBundle.findUnique({ where: { id: bundleId } });
    const name = bundle?.name ?? `${credits} credits`;
    if (!(await isRecorded(ctx.tx, session.id))) {
      const transaction = await recordTransaction(ctx.tx, {
        appId: ctx.customer.appId,
        customerId: ctx.customer.id,
        tenantId: ctx.customer.tenantId,
        type: "purchase",
        description: name,
        amountCents: session.amount_total ?? 0,
        currency: session.currency ?? "usd",
        bundleId: bundle?.id ?? null,
        bundleName: name,
        sourceKey: session.id,
        stripePaymentIntentId:
          typeof session.payment_intent === "string"
            ? session.payment_intent
            : (session.payment_intent?.id ?? null),
        createdAt: date(session.created),
      });
      await raiseCreditsPurchased(ctx.tx, transaction, credits);
      ctx.changes.push(`purchase recorded for checkout ${session.id}`);
    }
    const grant = await grantPurchasedCredits(ctx.tx, {
      customerId: ctx.customer.id,
      credits,
      causeId: session.id,
      description: `Bought ${name}`,
    });
    if (grant.applied) ctx.changes.push(`${credits} purchased credits granted`);
  }
}

/**
 * Succeeded refunds only (a pending or canceled refund gave nothing back). A refunded bundle loses
 * the refunded share of its credits, down to zero at most; what was already spent is the shortfall.
 */
export async function applyRefunds(ctx: Context, snapshot: StripeSnapshot) {
  for (const { charge, refunds } of snapshot.refunds) {
    const intentId =
      typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
    if (!intentId) continue;
    const original = await ctx.tx.billingTransaction.findFirst({
      where: { customerId: ctx.customer.id, stripePaymentIntentId: intentId, type: { not: "refund" } },
    });
    if (!original) continue;
    for (const refund of refunds) {
      if (refund.status !== "succeeded") continue;
      if (!(await isRecorded(ctx.tx, refund.id))) {
        const recorded = await recordTransaction(ctx.tx, {
          appId: ctx.customer.appId,
          customerId: ctx.customer.id,
          tenantId: ctx.customer.tenantId,
          type: "refund",
          description: `Refund: ${original.description}`,
          amountCents: -refund.amount,
          currency: refund.currency,
          planId: original.planId,
          planName: original.planName,
          bundleId: original.bundleId,
          bundleName: original.bundleName,
          sourceKey: refund.id,
          stripeChargeId: charge.id,
          stripePaymentIntentId: intentId,
          createdAt: date(refund.created),
        });
        await raiseRefundCreated(ctx.tx, recorded, original.id);
        ctx.changes.push(`refund ${refund.id} recorded`);
      }
      if (original.type !== "purchase") continue;
      const purchase = await ctx.tx.creditLedgerEntry.findUnique({
        where: {
          customerId_kind_causeId: {
            customerId: ctx.customer.id,
            kind: "purchase",
            causeId: original.sourceKey,
          },
        },
      });
      if (!purchase || original.amountCents <= 0) continue;
      const credits = Math.round((purchase.purchasedDelta * refund.amount) / original.amountCents);
      const clawback = await clawbackPurchasedCredits(ctx.tx, {
        customerId: ctx.customer.id,
        credits,
        causeId: refund.id,
        description: `Refund of ${original.description}: ${credits} credits taken back`,
      });
      if (clawback.applied) ctx.changes.push(`${credits} credits clawed back for refund ${refund.id}`);
    }
  }
}
