import { router } from "../../../trpc/init.js";
import { creditBalanceRoute } from "./routes/credit-balance.js";
import { creditLedgerRoute } from "./routes/credit-ledger.js";
import { spendCreditsRoute } from "./routes/spend-credits.js";

/** The current tenant's credit balances, ledger, and metered spending. */
export const creditsRouter = router({
  balance: creditBalanceRoute,
  ledger: creditLedgerRoute,
  spend: spendCreditsRoute,
});
