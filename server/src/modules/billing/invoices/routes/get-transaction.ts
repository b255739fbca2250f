import { tenantProcedure } from "../../../../trpc/procedures.js";
import { transactionDetail } from "../services/transactions.service.js";
import { transactionIdInput, transactionMeta, transactionOutput } from "./transactions.types.js";

export const getTransactionRoute = tenantProcedure
  .meta(transactionMeta)
  .input(transactionIdInput)
  .output(transactionOutput)
  .query(({ ctx, input }) => transactionDetail(ctx.deps, ctx.tenant.tenantId, input.id));
