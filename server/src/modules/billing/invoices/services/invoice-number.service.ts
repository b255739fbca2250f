import type { BillingTransaction, DbTx, TransactionType } from "@baseplate/db";

/** "INV-0001": at least four digits, zero padded. */
export function formatInvoiceNumber(sequence: number): string {
  return `INV-${String(sequence).padStart(4, "0")}`;
}

/**
 * The app's next invoice number, taken in the caller's transaction. The sequence row stays locked
 * until that transaction ends, so numbers are handed out one at a time, and a rollback gives the
 * number back: the sequence has no gaps and no duplicates.
 */
export async function nextInvoiceNumber(tx: DbTx, appId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    UPDATE "InvoiceSequence" SET "lastNumber" = "lastNumber" + 1
    WHERE "appId" = ${appId}::uuid
    RETURNING "lastNumber"`;
  const row = rows[0];
  if (!row) throw new Error(`no invoice sequence for billing app ${appId}`);
  return formatInvoiceNumber(row.lastNumber);
}

export interface RecordTransactionInput {
  appId: string;
  customerId: string;
  tenantId: string | null;
  type: TransactionType;
  description: string;
  /** Negative for refunds. */
  amountCents: number;
  currency: string;
  planId?: string | null;
  planName?: string | null;
  bundleId?: string | null;
  bundleName?: string | null;
  /** The Stripe invoice, checkout session or refund id: recording the same source twice is a no-op. */
  sourceKey: string;
  stripeInvoiceId?: string | null;
  stripePaymentIntentId?: string | null;
  stripeChargeId?: string | null;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  createdAt?: Date;
}

/** Subscriptions and purchases are invoiced; refunds are not. */
const INVOICED: readonly TransactionType[] = ["subscription", "purchase"];

/**
 * Records a payment or refund once per sourceKey, in the caller's transaction. The row is inserted
 * first (ON CONFLICT DO NOTHING: a parallel insert of the same source waits for the other
 * transaction, then finds its row), and only a row this call created takes an invoice number —
 * so a repeated source never burns a number.
 */
export async function recordTransaction(
  tx: DbTx,
  input: RecordTransactionInput,
): Promise<BillingTransaction> {
  const [created] = await tx.billingTransaction.createManyAndReturn({
    data: [{ ...input, currency: input.currency.toLowerCase() }],
    skipDuplicates: true,
  });
  if (!created) return tx.billingTransaction.findUniqueOrThrow({ where: { sourceKey: input.sourceKey } });
  if (!INVOICED.includes(input.type)) return created;
  return tx.billingTransaction.update({
    where: { id: created.id },
    data: { invoiceNumber: await nextInvoiceNumber(tx, input.appId) },
  });
}
