import { tenantProcedure } from "../../../../trpc/procedures.js";
import { listTransactions } from "../services/transactions.service.js";
import { listTransactionsInput, listTransactionsMeta, listTransactionsOutput } from "./transactions.types.js";

export const listTransactionsRoute = tenantProcedure
  .meta(listTransactionsMeta)
  .input(listTransactionsInput)
  .output(listTransactionsOutput)
  .query(({ ctx, input }) => listTransactions(ctx.deps, ctx.tenant.tenantId, input));
