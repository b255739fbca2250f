/** The seller of the operator's plans and bundles to tenants (created by the billing migration). */
export const PLATFORM_APP_ID = "00000000-0000-4000-8000-0000000a9901";

/** The system Free plan (created by the migrations): every tenant without a paid plan is on it. */
export const FREE_PLAN_ID = "00000000-0000-4000-8000-00000000f4ee";
