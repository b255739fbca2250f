import type { DbClient, DbTx } from "@baseplate/db";
import { newestFirst } from "../../../../lib/pagination.js";

type Db = DbClient | DbTx;

/** What a tenant may see of its transactions (no Stripe ids, no internal keys). */
const publicSelect = {
  id: true,
  tenantId: true,
  type: true,
  description: true,
  amountCents: true,
  currency: true,
  invoiceNumber: true,
  planId: true,
  planName: true,
  bundleId: true,
  bundleName: true,
  periodStart: true,
  periodEnd: true,
  createdAt: true,
} as const;

const summarySelect = {
  id: true,
  tenantId: true,
  description: true,
  type: true,
  amountCents: true,
  currency: true,
  invoiceNumber: true,
  createdAt: true,
} as const;

export async function listCustomerTransactions(db: Db, customerId: string, skip: number, take: number) {
  const where = { customerId };
  const [transactions, total] = await Promise.all([
    db.billingTransaction.findMany({ where, orderBy: newestFirst, skip, take, select: summarySelect }),
    db.billingTransaction.count({ where }),
  ]);
  return { transactions, total };
}

export function findCustomerTransaction(db: Db, customerId: string, id: string) {
  return db.billingTransaction.findFirst({ where: { id, customerId }, select: publicSelect });
}
