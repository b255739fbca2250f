import type { CreditLedgerEntry, DbClient } from "@baseplate/db";
import { AppError } from "../../../../lib/errors.js";
import { applyChange, findEntry, lockBalances } from "../repositories/credit-ledger.repository.js";

export interface SpendInput {
  customerId: string;
  amount: number;
  /** The caller's key for this use: a retry with the same key returns the first result. */
  idempotencyKey: string;
  description: string;
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
 * Spends subscription credits first, then purchased ones, in its own transaction. The customer
 * row is locked before the balance is read, so parallel spends run one after another and can
 * never overdraw; the ledger's unique (customer, kind, causeId) makes a key spend at most once.
 * A refused spend records nothing, so a retry with the same key may succeed later.
 */
export async function spendCredits(db: DbClient, input: SpendInput): Promise<SpendResult> {
  const { customerId, amount, idempotencyKey } = input;
  if (!Number.isSafeInteger(amount) || amount < 1)
    throw new AppError("BAD_REQUEST", "The amount must be a whole number of at least 1");
  const earlier = await findEntry(db, customerId, "spend", idempotencyKey);
  if (earlier) return replay(earlier, amount);

  const { entry, applied } = await db.$transaction(async (tx) => {
    const balances = await lockBalances(tx, customerId);
    if (!balances) throw new AppError("NOT_FOUND", "Billing customer not found");
    const available = balances.subscriptionCredits + balances.purchasedCredits;
    if (available < amount) {
      // A parallel call with this key may have taken the last credits while we waited for the lock.
      const parallel = await findEntry(tx, customerId, "spend", idempotencyKey);
      if (parallel) return { entry: parallel, applied: false };
      throw new AppError("PAYMENT_REQUIRED", `Not enough credits: ${available} available`);
    }
    const fromSubscription = Math.min(balances.subscriptionCredits, amount);
    const fromPurchased = amount - fromSubscription;
    const inserted = await applyChange(tx, {
      customerId,
      kind: "spend",
      causeId: idempotencyKey,
      subscriptionDelta: -fromSubscription,
      purchasedDelta: -fromPurchased,
      subscriptionBalance: balances.subscriptionCredits - fromSubscription,
      purchasedBalance: balances.purchasedCredits - fromPurchased,
      shortfall: 0,
      description: input.description,
    });
    if (inserted) return { entry: inserted, applied: true };
    const parallel = await findEntry(tx, customerId, "spend", idempotencyKey);
    if (!parallel) throw new Error("spend: the ledger refused the entry but holds none for its key");
    return { entry: parallel, applied: false };
  });
  return applied ? resultOf(entry, false) : replay(entry, amount);
}
