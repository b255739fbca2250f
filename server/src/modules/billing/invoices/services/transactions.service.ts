import type { AppDeps } from "../../../../app-deps.js";
import { AppError } from "../../../../lib/errors.js";
import { pageWindow } from "../../../../lib/pagination.js";
import { findPlatformCustomer } from "../../customers/billing-customer.repository.js";
import {
  findCustomerTransaction,
  listCustomerTransactions,
} from "../repositories/billing-transaction.repository.js";

export const DEFAULT_TRANSACTIONS_PER_PAGE = 20;

/** The tenant's payments and refunds with the platform, newest first; page numbers from 1. */
export async function listTransactions(
  deps: AppDeps,
  tenantId: string,
  input: { page?: number; perPage?: number } | undefined,
) {
  const { page, perPage, skip, take } = pageWindow(input, DEFAULT_TRANSACTIONS_PER_PAGE);
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const { transactions, total } = customer
    ? await listCustomerTransactions(deps.db, customer.id, skip, take)
    : { transactions: [], total: 0 };
  return { transactions, total, page, perPage };
}

/** One of the tenant's transactions and the tenant's name, as an invoice shows them. */
export async function transactionDetail(deps: AppDeps, tenantId: string, transactionId: string) {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const transaction = customer ? await findCustomerTransaction(deps.db, customer.id, transactionId) : null;
  // Another tenant's transaction is "not found" too: ids are not probed across tenants.
  if (!transaction) throw new AppError("NOT_FOUND", "Transaction not found");
  const tenant = await deps.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  return { transaction, tenant, seller: { name: deps.config.appName() } };
}
