import type { DbTx } from "@baseplate/db";
import {
  grantBonusCredits,
  grantPurchasedCredits,
} from "../../src/modules/billing/credits/services/credit-ledger.service.js";
import { ensurePlatformCustomer } from "../../src/modules/billing/customers/billing-customer.repository.js";
import { signUp } from "./auth.js";
import type { TestApp } from "./test-app.js";

/** Tenants, customers and balances for the credit tests; every test works on its own balances. */
export function creditFixtures(app: () => TestApp) {
  /** A fresh tenant with its owner. */
  async function newTenant() {
    const owner = await signUp(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const caller = app().caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId });
    const headers = { Authorization: `Bearer ${owner.accessToken}`, "X-Tenant-ID": tenantId };
    return { owner, tenantId, caller, headers };
  }

  async function customerOf(tenantId: string) {
    return (await ensurePlatformCustomer(app().db, tenantId)).id;
  }

  function inTx<T>(work: (tx: DbTx) => Promise<T>): Promise<T> {
    return app().db.$transaction(work);
  }

  async function buckets(customerId: string) {
    const row = await app().db.billingCustomer.findUniqueOrThrow({ where: { id: customerId } });
    return { subscription: row.subscriptionCredits, purchased: row.purchasedCredits };
  }

  async function fund(customerId: string, subscription: number, purchased: number) {
    await inTx(async (tx) => {
      const cause = `fund-${Math.random()}`;
      if (subscription > 0)
        await grantBonusCredits(tx, {
          customerId,
          credits: subscription,
          causeId: cause,
          description: "Test",
        });
      if (purchased > 0)
        await grantPurchasedCredits(tx, {
          customerId,
          credits: purchased,
          causeId: cause,
          description: "Test",
        });
    });
  }

  function spendOverRest(headers: Record<string, string>, body: unknown) {
    return app().http("/api/v1/credits/spend", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  return { newTenant, customerOf, inTx, buckets, fund, spendOverRest };
}
