import type { AppDeps } from "../../../../app-deps.js";
import { type PageInput, readPage } from "../../../../lib/pagination.js";
import { ensurePlatformCustomer, findPlatformCustomer } from "../../customers/billing-customer.repository.js";
import { listEntries } from "../repositories/credit-ledger.repository.js";
import { type SpendResult, spendCredits } from "./spend-credits.service.js";

/** What the tenant's members see of its credits; reads never create the customer row. */
export async function creditBalance(deps: AppDeps, tenantId: string) {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const subscriptionCredits = customer?.subscriptionCredits ?? 0;
  const purchasedCredits = customer?.purchasedCredits ?? 0;
  return { subscriptionCredits, purchasedCredits, total: subscriptionCredits + purchasedCredits };
}

export async function creditLedger(deps: AppDeps, tenantId: string, page: PageInput) {
  const customer = await findPlatformCustomer(deps.db, tenantId);
  const { items, nextCursor } = await readPage(
    page,
    [(after, take) => (customer ? listEntries(deps.db, customer.id, after, take) : Promise.resolve([]))],
    (entry) => ({ at: entry.createdAt, id: entry.id }),
  );
  return { entries: items, nextCursor };
}

export async function spendTenantCredits(
  deps: AppDeps,
  tenantId: string,
  input: { amount: number; idempotencyKey: string; description?: string | undefined },
): Promise<SpendResult> {
  // Metering is hot: read first, and only a tenant's first spend writes the customer row.
  const customer =
    (await findPlatformCustomer(deps.db, tenantId)) ?? (await ensurePlatformCustomer(deps.db, tenantId));
  return spendCredits(deps.db, {
    customerId: customer.id,
    amount: input.amount,
    idempotencyKey: input.idempotencyKey,
    description: input.description ?? "Usage",
    lowThreshold: deps.env.CREDITS_LOW_THRESHOLD,
  });
}
