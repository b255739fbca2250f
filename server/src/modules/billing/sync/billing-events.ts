import type { BillingTransaction, DbTx, Subscription } from "@baseplate/db";
import { raiseEvent } from "../../webhooks/services/raise-event.js";

/** Billing's outgoing webhook events, raised in the sync's transaction (so once per real change). */

function subscriptionOf(row: Subscription) {
  return {
    id: row.id,
    stripeSubscriptionId: row.stripeSubscriptionId,
    planId: row.planId,
    status: row.status,
    interval: row.interval === "year" ? ("year" as const) : ("month" as const),
    currentPeriodEnd: row.currentPeriodEnd.toISOString(),
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
  };
}

function transactionOf(row: BillingTransaction) {
  return {
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    type: row.type,
    description: row.description,
    amountCents: row.amountCents,
    currency: row.currency,
    createdAt: row.createdAt.toISOString(),
  };
}

const LIVE = new Set(["active", "trialing"]);

/** What a change of our subscription snapshot means to a receiver; nothing when nothing changed. */
export async function raiseSubscriptionChange(
  tx: DbTx,
  tenantId: string | null,
  before: Subscription | null,
  after: Subscription,
): Promise<void> {
  if (!tenantId) return;
  const subscription = subscriptionOf(after);
  const raise = (
    type: "subscription.activated" | "subscription.canceled" | "subscription.past_due" | "payment.failed",
  ) => raiseEvent(tx, { tenantId, type, data: { subscription } }).then(() => undefined);
  const statusChanged = before?.status !== after.status;
  if (statusChanged && LIVE.has(after.status) && !LIVE.has(before?.status ?? ""))
    return raise("subscription.activated");
  if (statusChanged && after.status === "canceled") return raise("subscription.canceled");
  if (statusChanged && after.status === "past_due") {
    await raise("subscription.past_due");
    return raise("payment.failed");
  }
  if (!before) return;
  if (
    statusChanged ||
    before.planId !== after.planId ||
    before.cancelAtPeriodEnd !== after.cancelAtPeriodEnd
  ) {
    const previous = {
      status: before.status,
      planId: before.planId,
      cancelAtPeriodEnd: before.cancelAtPeriodEnd,
    };
    await raiseEvent(tx, { tenantId, type: "subscription.updated", data: { subscription, previous } });
  }
}

/** Platform customers are tenants; a customer without one (a commerce buyer) has no webhook tenant. */
export async function raiseInvoicePaid(tx: DbTx, transaction: BillingTransaction) {
  if (!transaction.tenantId) return;
  await raiseEvent(tx, {
    tenantId: transaction.tenantId,
    type: "invoice.paid",
    data: { transaction: transactionOf(transaction), planId: transaction.planId },
  });
}

export async function raiseCreditsPurchased(tx: DbTx, transaction: BillingTransaction, credits: number) {
  if (!transaction.tenantId) return;
  await raiseEvent(tx, {
    tenantId: transaction.tenantId,
    type: "credits.purchased",
    data: { transaction: transactionOf(transaction), bundleId: transaction.bundleId, credits },
  });
}

export async function raiseRefundCreated(
  tx: DbTx,
  refund: BillingTransaction,
  refundedTransactionId: string,
) {
  if (!refund.tenantId) return;
  await raiseEvent(tx, {
    tenantId: refund.tenantId,
    type: "refund.created",
    data: { transaction: transactionOf(refund), refundedTransactionId },
  });
}
