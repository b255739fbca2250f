import { tenantProcedure } from "../../../../trpc/procedures.js";
import { creditLedger } from "../services/tenant-credits.service.js";
import { ledgerInput, ledgerMeta, ledgerOutput } from "./credits.types.js";

export const creditLedgerRoute = tenantProcedure
  .meta(ledgerMeta)
  .input(ledgerInput)
  .output(ledgerOutput)
  .query(({ ctx, input }) => creditLedger(ctx.deps, ctx.tenant.tenantId, input));
