import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithUi } from "../../test/render";
import { SubscriptionAlerts } from "./SubscriptionAlerts";
import { planFixture } from "./test-fixtures";
import type { BillingOverview } from "./types";

const overview = (overrides: Partial<BillingOverview> = {}): BillingOverview => ({
  plans: [planFixture()],
  currentPlanId: "p-pro",
  billingWaived: false,
  tenantSubscriptionCredits: 500,
  tenantPurchasedCredits: 0,
  billingStatus: "active",
  billingInterval: "month",
  currentPeriodEnd: "2027-01-15T12:00:00.000Z",
  canceledAt: null,
  ...overrides,
});

function renderAlerts(state: BillingOverview, { cancelAtPeriodEnd = false, canManage = true } = {}) {
  const onResume = vi.fn();
  renderWithUi(
    <SubscriptionAlerts
      overview={state}
      plan={planFixture()}
      cancelAtPeriodEnd={cancelAtPeriodEnd}
      canManage={canManage}
      onResume={onResume}
      resuming={false}
    />,
  );
  return onResume;
}

describe("SubscriptionAlerts", () => {
  it("announces a scheduled cancellation with its date and offers Resume", async () => {
    const onResume = renderAlerts(overview(), { cancelAtPeriodEnd: true });
    const banner = screen.getByTestId("cancel-banner");
    expect(banner.textContent).toContain("Cancels on Jan 15, 2027");
    await userEvent.click(screen.getByRole("button", { name: "Resume subscription" }));
    expect(onResume).toHaveBeenCalledTimes(1);
  });

  it("offers members no Resume", () => {
    renderAlerts(overview(), { cancelAtPeriodEnd: true, canManage: false });
    expect(screen.getByTestId("cancel-banner")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("warns about failed and overdue payments", () => {
    renderAlerts(overview({ billingStatus: "past_due" }));
    expect(screen.getByTestId("past-due-alert").textContent).toContain("Payment failed");
    expect(screen.queryByTestId("restricted-alert")).toBeNull();
  });

  it("says when payments are restricted", () => {
    renderAlerts(overview({ billingStatus: "restricted" }));
    expect(screen.getByTestId("restricted-alert").textContent).toContain("restricted until it is paid");
  });

  it("shows nothing for a healthy subscription", () => {
    renderAlerts(overview());
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByTestId("cancel-banner")).toBeNull();
  });
});
