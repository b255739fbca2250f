import type { CreditEntryKind, CreditLedgerEntry, CreditResetPolicy, DbTx } from "@baseplate/db";
import { AppError } from "../../../../lib/errors.js";
import {
  applyChange,
  type Balances,
  findEntry,
  lockBalances,
} from "../repositories/credit-ledger.repository.js";

export { type SpendInput, type SpendResult, spendCredits } from "./spend-credits.service.js";

/**
 * Every change to a customer's credits. Each function runs in the caller's transaction, locks the
 * customer row, and is idempotent on (customerId, kind, causeId): a repeated cause returns the
 * entry it made the first time (`applied: false`) and changes nothing.
 */
export interface LedgerResult {
  entry: CreditLedgerEntry;
  applied: boolean;
}

interface Cause {
  customerId: string;
  causeId: string;
  description: string;
}

interface Deltas {
  subscriptionDelta: number;
  purchasedDelta: number;
  shortfall?: number;
}

function requireCredits(credits: number): void {
  if (!Number.isSafeInteger(credits) || credits < 0)
    throw new AppError("BAD_REQUEST", "Credits must be a whole number of at least 0");
}

/** Locks, returns the earlier entry of this cause if any, else applies `deltas(current balances)`. */
async function record(
  tx: DbTx,
  kind: CreditEntryKind,
  cause: Cause,
  deltas: (balances: Balances) => Deltas | null,
): Promise<{ entry: CreditLedgerEntry | null; applied: boolean }> {
  const balances = await lockBalances(tx, cause.customerId);
  if (!balances) throw new AppError("NOT_FOUND", "Billing customer not found");
  const existing = await findEntry(tx, cause.customerId, kind, cause.causeId);
  if (existing) return { entry: existing, applied: false };
  const change = deltas(balances);
  if (!change) return { entry: null, applied: false };
  const subscriptionBalance = balances.subscriptionCredits + change.subscriptionDelta;
  const purchasedBalance = balances.purchasedCredits + change.purchasedDelta;
  if (subscriptionBalance < 0 || purchasedBalance < 0)
    throw new AppError("BAD_REQUEST", "Credits cannot go below 0");
  const entry = await applyChange(tx, {
    ...cause,
    kind,
    subscriptionDelta: change.subscriptionDelta,
    purchasedDelta: change.purchasedDelta,
    subscriptionBalance,
    purchasedBalance,
    shortfall: change.shortfall ?? 0,
  });
  if (!entry) throw new Error(`ledger entry ${kind}/${cause.causeId} appeared while the customer was locked`);
  return { entry, applied: true };
}

async function recordEntry(
  tx: DbTx,
  kind: CreditEntryKind,
  cause: Cause,
  deltas: (balances: Balances) => Deltas,
): Promise<LedgerResult> {
  const { entry, applied } = await record(tx, kind, cause, deltas);
  if (!entry) throw new Error(`ledger ${kind}: no entry although the change always applies`);
  return { entry, applied };
}

/** A period's credits: `reset` replaces what is left of the subscription bucket, `accrue` adds to it. */
export function grantPeriodCredits(
  tx: DbTx,
  input: Cause & { credits: number; policy: CreditResetPolicy },
): Promise<LedgerResult> {
  requireCredits(input.credits);
  return recordEntry(tx, "period_grant", input, (balances) => ({
    subscriptionDelta:
      input.policy === "reset" ? input.credits - balances.subscriptionCredits : input.credits,
    purchasedDelta: 0,
  }));
}

/** Added to the subscription bucket; the caller's causeId makes it once per customer. */
export function grantBonusCredits(tx: DbTx, input: Cause & { credits: number }): Promise<LedgerResult> {
  requireCredits(input.credits);
  return recordEntry(tx, "bonus", input, () => ({ subscriptionDelta: input.credits, purchasedDelta: 0 }));
}

export function grantPurchasedCredits(tx: DbTx, input: Cause & { credits: number }): Promise<LedgerResult> {
  requireCredits(input.credits);
  return recordEntry(tx, "purchase", input, () => ({ subscriptionDelta: 0, purchasedDelta: input.credits }));
}

/** Takes back purchased credits (refund, dispute) down to 0; what was already spent is the shortfall. */
export function clawbackPurchasedCredits(
  tx: DbTx,
  input: Cause & { credits: number },
): Promise<LedgerResult> {
  requireCredits(input.credits);
  return recordEntry(tx, "refund_clawback", input, (balances) => {
    const taken = Math.min(input.credits, balances.purchasedCredits);
    return { subscriptionDelta: 0, purchasedDelta: -taken, shortfall: input.credits - taken };
  });
}

/** The subscription ended: `reset` empties its bucket; `accrue` keeps it (no entry, `entry: null`). */
export function endSubscriptionCredits(
  tx: DbTx,
  input: Cause & { policy: CreditResetPolicy },
): Promise<{ entry: CreditLedgerEntry | null; applied: boolean }> {
  return record(tx, "subscription_ended", input, (balances) =>
    input.policy === "reset" ? { subscriptionDelta: -balances.subscriptionCredits, purchasedDelta: 0 } : null,
  );
}

/** An operator's correction of either bucket; a result below 0 is refused (BAD_REQUEST). */
export function adjustCredits(
  tx: DbTx,
  input: Cause & { subscriptionDelta: number; purchasedDelta: number },
): Promise<LedgerResult> {
  if (!Number.isSafeInteger(input.subscriptionDelta) || !Number.isSafeInteger(input.purchasedDelta))
    throw new AppError("BAD_REQUEST", "Credit adjustments must be whole numbers");
  return recordEntry(tx, "admin_adjustment", input, () => ({
    subscriptionDelta: input.subscriptionDelta,
    purchasedDelta: input.purchasedDelta,
  }));
}
