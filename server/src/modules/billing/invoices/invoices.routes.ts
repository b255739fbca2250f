import { getTransactionRoute } from "./routes/get-transaction.js";
import { listTransactionsRoute } from "./routes/list-transactions.js";

/** Billing history and invoices of the current tenant (mounted under `billing`). */
export const invoiceBillingRoutes = {
  transactions: listTransactionsRoute,
  transaction: getTransactionRoute,
};
