import type { BillingOverview, Plan } from "./types";

export interface StatusBadgeInfo {
  label: string;
  color: string;
}

/**
 * The badge of the tenant's billing state. Without a live subscription the tenant is on Free, or on a
 * plan assigned without payment (billing waived, or a free plan).
 */
export function statusBadge(
  overview: Pick<BillingOverview, "billingStatus" | "billingWaived">,
  plan: Plan | undefined,
): StatusBadgeInfo {
  switch (overview.billingStatus) {
    case "active":
      return { label: "Active", color: "teal" };
    case "trialing":
      return { label: "Trial", color: "blue" };
    case "past_due":
      return { label: "Past due", color: "orange" };
    case "restricted":
      return { label: "Restricted", color: "red" };
    default:
      if (overview.billingWaived) return { label: "Billing waived", color: "grape" };
      if (!plan || plan.monthlyPriceCents === 0) return { label: "Free", color: "gray" };
      return { label: "Assigned", color: "gray" };
  }
}

/** A live subscription (Stripe bills it): the tenant can cancel, resume and use the portal for it. */
export function hasLiveSubscription(overview: Pick<BillingOverview, "billingStatus">): boolean {
  return overview.billingStatus !== null;
}
