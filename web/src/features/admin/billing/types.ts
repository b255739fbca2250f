import type { inferInput, inferOutput } from "@trpc/tanstack-react-query";
import type { Api } from "../../../lib/trpc";

export type AdminPlan = inferOutput<Api["adminPlans"]["list"]>["plans"][number];
export type AdminBundle = inferOutput<Api["adminBundles"]["list"]>["bundles"][number];
export type EntitlementKey = inferOutput<Api["adminPlans"]["entitlementKeys"]>["keys"][number];
export type EntitlementType = EntitlementKey["type"];
export type CreatePlanInput = inferInput<Api["adminPlans"]["create"]>;
export type CreateBundleInput = inferInput<Api["adminBundles"]["create"]>;
