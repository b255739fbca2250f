import type { CreditLedgerEntry, DbClient } from "@baseplate/db";
import { AppError } from "../../../../lib/errors.js";
import { findEntry } from "../repositories/credit-ledger.repository.js";
import { spendInOneStatement } from "../repositories/spend.repository.js";

export interface SpendInput {
  customerId: string;
  amount: number;
  /** The caller's key for this use: a retry with the same key returns the first result. */
  idempotencyKey: string;
  description: string;
  /** Crossing below this balance raises `credits.low` in the same statement (0: never). */
  lowThreshold: number;
}

export interface SpendResult {
  spent: number;
  fromSubscription: number;
  fromPurchased: number;
  /** Balances right after this spend (for a replay: after the first one). */
  subscriptionCredits: number;
  purchasedCredits: number;
  entryId: string;
  replayed: boolean;
}

function resultOf(entry: CreditLedgerEntry, replayed: boolean): SpendResult {
  // A spend's deltas are never positive (and -0 must not reach JSON).
  const fromSubscription = Math.abs(entry.subscriptionDelta);
  const fromPurchased = Math.abs(entry.purchasedDelta);
  return {
    spent: fromSubscription + fromPurchased,
    fromSubscription,
    fromPurchased,
    subscriptionCredits: entry.subscriptionBalance,
    purchasedCredits: entry.purchasedBalance,
    entryId: entry.id,
    replayed,
  };
}

function replay(entry: CreditLedgerEntry, amount: number): SpendResult {
  const result = resultOf(entry, true);
  if (result.spent !== amount)
    throw new AppError(
      "CONFLICT",
      `This idempotency key was already used for a spend of ${result.spent} credits, not ${amount}`,
    );
  return result;
}

/**
 * Spends subscription credits first, then purchased ones, in one statement that locks the
 * customer row (spend.repository.ts): parallel spends run one after another and never overdraw,
 * and the ledger's unique (customer, kind, causeId) makes a key spend at most once. A refused
 * spend records nothing, so a retry with the same key may succeed later.
 */
export async function spendCredits(db: DbClient, input: SpendInput): Promise<SpendResult> {
  const { amount } = input;
  if (!Number.isSafeInteger(amount) || amount < 1)
    throw new AppError("BAD_REQUEST", "The amount must be a whole number of at least 1");
  const { entry, available } = await spendInOneStatement(db, input);
  if (entry) return resultOf(entry, false);
  // Nothing spent: this key was spent before (also by a parallel call), or the balance is short.
  const earlier = await findEntry(db, input.customerId, "spend", input.idempotencyKey);
  if (earlier) return replay(earlier, amount);
  if (available === null) throw new AppError("NOT_FOUND", "Billing customer not found");
  throw new AppError("PAYMENT_REQUIRED", `Not enough credits: ${available} available`);
}
