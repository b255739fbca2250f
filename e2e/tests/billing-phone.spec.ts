import { expect, type Locator, type Page, test } from "@playwright/test";
import { apiTeamWithMember, logInUi, shot, signUpUi, uniqueEmail, uniqueName } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";
import { apiCreateBundle, apiCreatePlan } from "./billing-support.js";

test.use({ viewport: { width: 390, height: 844 } });

const tag = () => Math.random().toString(36).slice(2, 7);

/** Nothing on the page is wider than the phone: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "page scrolls sideways").toBeLessThanOrEqual(0);
}

async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((page.viewportSize()?.width ?? 0) + 0.5);
}

test("phone: subscribe, then every billing page fits the screen", async ({ page, request }) => {
  test.setTimeout(120_000);
  const plan = await apiCreatePlan(request, {
    name: `Phone ${tag()}`,
    description: "Made for small screens",
    monthlyPriceCents: 1900,
    annualDiscountPct: 15,
    usageCreditsPerMonth: 300,
    entitlements: { api_access: { type: "bool", value: true, description: "API access" } },
  });
  await apiCreateBundle(request, { name: `Phone pack ${tag()}`, credits: 500, priceCents: 4900 });
  await signUpUi(page, { email: uniqueEmail("phone-billing"), displayName: `${uniqueName("Pam")} Phone` });

  await page.goto("/app/billing");
  await expect(page.getByRole("img", { name: "Test mode — Stripe emulator" })).toBeVisible();
  await expect(page.getByTestId("test-mode-badge")).toHaveText("Test mode — Stripe emulator");
  await expect(page.getByTestId("subscription-card")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-overview-free");

  await page.goto("/app/billing/plans");
  const card = page.getByTestId(`plan-${plan.name}`);
  const choose = card.getByRole("button", { name: `Choose ${plan.name}` });
  await expectInViewport(page, choose);
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-plans");
  await choose.click();
  await page.waitForURL(/\/checkout\/cs_/);
  await shot(page, "billing-emulator-checkout");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText(`You're on ${plan.name}`);
  await shot(page, "billing-return");

  await page.goto("/app/billing");
  await expect(page.getByTestId("billing-status")).toHaveText("Active");
  await expectInViewport(page, page.getByRole("button", { name: "Cancel subscription" }));
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-overview-active");

  // All five section tabs fit the phone's width.
  const tabs = page.getByRole("navigation", { name: "Billing sections" });
  const last = await tabs.getByRole("link", { name: "History" }).boundingBox();
  expect((last?.x ?? 0) + (last?.width ?? 0), "last tab inside the screen").toBeLessThanOrEqual(390);
  await tabs.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/app\/billing\/history$/);
  const row = page.getByTestId("transactions-table").getByRole("row").nth(1);
  await expect(row).toContainText("$19.00");
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-history");
  await row.getByRole("link").click();
  await expect(page.getByTestId("invoice-total")).toHaveText("$19.00");
  await expectInViewport(page, page.getByRole("button", { name: "Download PDF" }));
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-invoice");

  await page.goto("/app/billing/credits");
  await expect(page.getByTestId("ledger-entry").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-credits");

  await page.goto("/app/billing/bundles");
  await expect(page.getByTestId("bundles-grid")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "billing-bundles");
});

test("phone: a plain member reads billing without buy or manage actions", async ({ page, request }) => {
  const owner = { email: uniqueEmail("bill-owner"), displayName: `${uniqueName("Ola")} Owner` };
  const member = { email: uniqueEmail("bill-member"), displayName: `${uniqueName("Mo")} Member` };
  await apiTeamWithMember(request, owner, member);
  await logInUi(page, member.email);
  // The member also has a personal team (theirs to buy for): work in the team they were invited to.
  const ownerFirstName = owner.displayName.split(" ")[0] ?? "";
  await page.getByTestId("tenant-switcher").click();
  await page.getByRole("menuitem", { name: new RegExp(ownerFirstName) }).click();
  await expect(page.getByTestId("current-tenant")).toContainText(ownerFirstName);

  await page.goto("/app/billing");
  await expect(page.getByTestId("billing-read-only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Manage in portal" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Choose a plan" })).toHaveCount(0);
  await shot(page, "billing-overview-member");
  await page.goto("/app/billing/plans");
  await expect(page.getByTestId("plans-read-only")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Choose/ })).toHaveCount(0);
  await page.goto("/app/billing/bundles");
  await expect(page.getByTestId("bundles-read-only")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Buy/ })).toHaveCount(0);
});

test("phone: admin plans and bundles keep their actions on screen", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/plans");
  const free = page.getByTestId("admin-plan-Free");
  await expectInViewport(page, free.getByRole("button", { name: "Edit Free" }));
  await expectNoSidewaysScroll(page);
  await shot(page, "admin-plans");
  await page.getByRole("button", { name: "Create plan" }).click();
  await page
    .getByRole("dialog", { name: "Create a plan" })
    .getByRole("button", { name: "Add entitlement" })
    .click();
  await shot(page, "admin-plan-dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  await page.goto("/admin/bundles");
  await expect(page.getByRole("heading", { level: 1, name: "Credit bundles" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "admin-bundles");
});
