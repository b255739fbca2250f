import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithUi } from "../../test/render";
import { entitlementText } from "./EntitlementList";
import { PlanCard } from "./PlanCard";
import { planFixture } from "./test-fixtures";

const plan = planFixture({
  name: "Pro",
  bonusCredits: 100,
  userLimit: 5,
  entitlements: {
    priority_support: { type: "bool", value: true, description: "Priority support" },
    sso: { type: "bool", value: false, description: "" },
    projects: { type: "numeric", value: 1000, description: "Projects" },
  },
});

function renderCard(overrides: Partial<Parameters<typeof PlanCard>[0]> = {}) {
  const onChoose = vi.fn();
  renderWithUi(
    <PlanCard
      plan={plan}
      interval="month"
      current={false}
      canChoose
      chooseBlockedReason={null}
      choosing={false}
      disabled={false}
      onChoose={onChoose}
      {...overrides}
    />,
  );
  return { card: screen.getByTestId("plan-Pro"), onChoose };
}

describe("PlanCard", () => {
  it("shows price, credits, limits and entitlements, switched-off ones crossed out", () => {
    const { card } = renderCard();
    expect(within(card).getByTestId("plan-price").textContent).toBe("$29.00");
    expect(card.textContent).toContain("500 credits per month, reset each period");
    expect(card.textContent).toContain("+100 credits bonus");
    expect(card.textContent).toContain("Up to 5 members");
    expect(card.textContent).toContain("Priority support");
    expect(card.textContent).toContain("Projects: 1,000");
    expect(card.textContent).toContain("Not included: Sso");
  });

  it("shows the annual price with its saving", () => {
    const { card } = renderCard({ interval: "year" });
    expect(within(card).getByTestId("plan-price").textContent).toBe("$313.20");
    expect(within(card).getByTestId("plan-saving").textContent).toBe("Save 10%");
  });

  it("lets owners and admins choose it", async () => {
    const { onChoose } = renderCard();
    await userEvent.click(screen.getByRole("button", { name: "Choose Pro" }));
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it("marks the current plan and offers no Choose on it", () => {
    const { card } = renderCard({ current: true });
    expect(card.getAttribute("data-current")).toBe("true");
    expect(within(card).getByTestId("current-plan-badge")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Choose Pro" })).toBeNull();
  });

  it("shows members no buttons at all", () => {
    renderCard({ canChoose: false });
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("explains why a plan cannot be chosen here", () => {
    renderCard({ chooseBlockedReason: "Switch plans in the billing portal" });
    expect((screen.getByRole("button", { name: "Choose Pro" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Switch plans in the billing portal")).toBeTruthy();
  });
});

describe("entitlementText", () => {
  it("reads an entitlement in words, the key when there is no description", () => {
    expect(entitlementText("api_access", { type: "bool", value: true, description: "" })).toBe("Api access");
    expect(entitlementText("tier", { type: "string", value: "gold", description: "Support tier" })).toBe(
      "Support tier: gold",
    );
  });
});
