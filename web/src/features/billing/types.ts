import type { inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../lib/trpc";

export type BillingOverview = inferOutput<Api["billing"]["plans"]>;
export type Plan = BillingOverview["plans"][number];
export type Entitlement = Plan["entitlements"][string];
export type BillingStatus = BillingOverview["billingStatus"];
export type BillingInterval = "month" | "year";
export type Bundle = inferOutput<Api["billing"]["bundles"]>["bundles"][number];
export type Transaction = inferOutput<Api["billing"]["transactions"]>["transactions"][number];
export type TransactionDetail = inferOutput<Api["billing"]["transaction"]>;
export type LedgerEntry = inferOutput<Api["credits"]["ledger"]>["entries"][number];
export type CheckoutResult = inferOutput<Api["billing"]["checkoutResult"]>;
