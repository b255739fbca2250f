import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  apiSignup,
  asMember,
  logInUi,
  openAppPage,
  shot,
  signUpUi,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";
import { apiCreateBundle, apiCreatePlan } from "./billing-support.js";

const tag = () => Math.random().toString(36).slice(2, 7);

async function openBillingSection(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Billing sections" }).getByRole("link", { name }).click();
}

test("billing: subscribe monthly on the emulator, see plan and credits, download the invoice, cancel and resume", async ({
  page,
  request,
}) => {
  // The longest journey of the suite: checkout, webhooks, invoice and PDF, two Stripe round trips.
  test.setTimeout(120_000);
  const plan = await apiCreatePlan(request, {
    name: `Pro ${tag()}`,
    description: "For teams that ship",
    monthlyPriceCents: 2900,
    annualDiscountPct: 20,
    usageCreditsPerMonth: 500,
    creditResetPolicy: "reset",
    bonusCredits: 100,
    entitlements: {
      priority_support: { type: "bool", value: true, description: "Priority support" },
      projects: { type: "numeric", value: 10, description: "Projects" },
    },
  });
  await signUpUi(page, { email: uniqueEmail("billing"), displayName: `${uniqueName("Bea")} Buyer` });

  await openAppPage(page, "Billing");
  await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
  await expect(page.getByTestId("test-mode-badge")).toHaveText("Test mode — Stripe emulator");
  await expect(page.getByTestId("shell-test-mode-badge")).toBeVisible();
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByTestId("billing-status")).toHaveText("Free");
  await expect(page.getByTestId("credits-total")).toHaveText("0");
  await shot(page, "billing-overview-free");

  await openBillingSection(page, "Plans");
  const card = page.getByTestId(`plan-${plan.name}`);
  await expect(card.getByTestId("plan-price")).toHaveText("$29.00");
  await expect(card).toContainText("500 credits");
  await expect(card).toContainText("Priority support");
  await expect(card).toContainText("Projects: 10");
  await expect(page.getByTestId("plan-Free")).toHaveAttribute("data-current", "true");
  await page.getByText(/^Annual/).click();
  await expect(card.getByTestId("plan-price")).toHaveText("$278.40");
  await expect(card.getByTestId("plan-saving")).toHaveText("Save 20%");
  await shot(page, "billing-plans-annual");
  await page.getByText("Monthly", { exact: true }).click();
  await expect(card.getByTestId("plan-price")).toHaveText("$29.00");

  // The emulator's hosted checkout: line item and total, then Pay.
  await card.getByRole("button", { name: `Choose ${plan.name}` }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await expect(page.getByText("Test mode — Stripe emulator")).toBeVisible();
  await expect(page.locator("table")).toContainText(plan.name);
  await expect(page.locator("tr.total")).toContainText("29.00 USD");
  await shot(page, "billing-emulator-checkout");
  await page.getByRole("button", { name: /^Pay/ }).click();

  await page.waitForURL(/\/app\/billing\/return\?session_id=cs_/);
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText(`You're on ${plan.name}`);
  await expect(page.getByTestId("checkout-credits")).toContainText("600 credits");
  await shot(page, "billing-return");

  await page.getByRole("link", { name: "Go to billing" }).click();
  await expect(page.getByTestId("current-plan")).toHaveText(plan.name);
  await expect(page.getByTestId("billing-status")).toHaveText("Active");
  await expect(page.getByTestId("billing-interval")).toHaveText("Monthly");
  await expect(page.getByTestId("credits-total")).toHaveText("600");
  await shot(page, "billing-overview-active");

  // History → invoice → PDF.
  await openBillingSection(page, "History");
  const row = page.getByTestId("transactions-table").getByRole("row").nth(1);
  const invoiceNumber = (await row.getByTestId("invoice-number").textContent()) ?? "";
  expect(invoiceNumber).toMatch(/^INV-\d{4,}$/);
  await expect(row).toContainText("$29.00");
  await shot(page, "billing-history");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Invoice ${invoiceNumber}` })).toBeVisible();
  await expect(page.getByTestId("invoice-total")).toHaveText("$29.00");
  await shot(page, "billing-invoice");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.toString("latin1")).toContain(invoiceNumber);

  // Cancel at period end → banner with the date → resume.
  await openAppPage(page, "Billing");
  const periodEnd = (await page.getByTestId("period-end").textContent()) ?? "";
  expect(periodEnd).not.toBe("–");
  await page.getByRole("button", { name: "Cancel subscription" }).click();
  const confirm = page.getByRole("dialog", { name: "Cancel subscription" });
  await expect(confirm).toContainText(periodEnd);
  await confirm.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(confirm).toBeHidden();
  const banner = page.getByTestId("cancel-banner");
  await expect(banner).toContainText(`Cancels on ${periodEnd}`);
  await expect(page.getByRole("button", { name: "Cancel subscription" })).toHaveCount(0);
  await shot(page, "billing-overview-canceling");
  await banner.getByRole("button", { name: "Resume subscription" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cancel subscription" })).toBeVisible();
  await expect(page.getByTestId("billing-status")).toHaveText("Active");

  // With a live subscription, a new plan checkout is not offered: plan changes go through the portal.
  await openBillingSection(page, "Plans");
  await expect(page.getByTestId(`plan-${plan.name}`)).toHaveAttribute("data-current", "true");
  await expect(page.getByTestId("plan-Free").getByRole("button", { name: "Choose Free" })).toBeDisabled();
});

test("billing: a declined card shows the error on the checkout page and changes nothing", async ({
  page,
  request,
}) => {
  const plan = await apiCreatePlan(request, {
    name: `Decline ${tag()}`,
    monthlyPriceCents: 1500,
    usageCreditsPerMonth: 50,
  });
  await signUpUi(page, { email: uniqueEmail("decline"), displayName: `${uniqueName("Dee")} Decline` });
  await page.goto("/app/billing/plans");
  await page
    .getByTestId(`plan-${plan.name}`)
    .getByRole("button", { name: `Choose ${plan.name}` })
    .click();
  await page.waitForURL(/\/checkout\/cs_/);
  await page.getByRole("button", { name: /^Decline/ }).click();
  await expect(page.getByRole("alert")).toContainText("Your card was declined.");
  await shot(page, "billing-emulator-declined");

  // Backing out lands on the plans page with a note; the team is still on Free.
  await page.getByRole("link", { name: "Cancel and go back" }).click();
  await expect(page.getByTestId("checkout-canceled")).toContainText("Nothing was charged");
  await expect(page.getByTestId("plan-Free")).toHaveAttribute("data-current", "true");
});

test("billing: buy a credit bundle, the credits and the ledger entry appear", async ({ page, request }) => {
  const bundle = await apiCreateBundle(request, { name: `Boost ${tag()}`, credits: 1000, priceCents: 8900 });
  await signUpUi(page, { email: uniqueEmail("bundle"), displayName: `${uniqueName("Bo")} Bundle` });
  // Before any purchase there is no billing history: the portal refuses, and the page says why.
  await page.goto("/app/billing");
  await page.getByRole("button", { name: "Manage in portal" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Could not open the billing portal" }),
  ).toContainText("no billing history yet");
  await page.goto("/app/billing/bundles");
  const card = page.getByTestId(`bundle-${bundle.name}`);
  await expect(card.getByTestId("bundle-credits")).toHaveText("1,000 credits");
  await expect(card.getByTestId("bundle-price")).toHaveText("$89.00");
  await shot(page, "billing-bundles");
  await card.getByRole("button", { name: `Buy ${bundle.name}` }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await expect(page.locator("tr.total")).toContainText("89.00 USD");
  await page.getByRole("button", { name: /^Pay/ }).click();

  await page.waitForURL(/\/app\/billing\/return/);
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText("1,000 credits added");
  await page.getByRole("link", { name: "View credits" }).click();
  await expect(page.getByTestId("credits-purchased")).toHaveText("1,000");
  const entry = page.getByTestId("ledger-entry").first();
  await expect(entry).toHaveAttribute("data-kind", "purchase");
  await expect(entry.getByTestId("ledger-change")).toHaveText("+1,000");
  await shot(page, "billing-credits");

  // Now the portal opens (the emulator's), and its Return link leads back to billing.
  await page.goto("/app/billing");
  await page.getByRole("button", { name: "Manage in portal" }).click();
  await page.waitForURL(/\/portal\//);
  await expect(page.getByRole("heading", { name: "Your subscription" })).toBeVisible();
  await page.getByRole("link", { name: "Return" }).click();
  await expect(page).toHaveURL(/\/app\/billing$/);
});

test("billing return page: explains an expired checkout, gives up on an open one after 30 s, confirms it once paid", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  const plan = await apiCreatePlan(request, {
    name: `Later ${tag()}`,
    monthlyPriceCents: 900,
    usageCreditsPerMonth: 20,
  });
  const account = { email: uniqueEmail("return"), displayName: `${uniqueName("Ray")} Return` };
  const auth = await apiSignup(request, account);
  const headers = asMember(auth, auth.memberships[0]?.tenantId ?? "");
  const checkout = async () => {
    const response = await request.post("/api/v1/billing/checkout", {
      headers,
      data: { planId: plan.id, billingInterval: "month" },
    });
    expect(response.ok(), await response.text()).toBe(true);
    return new URL(((await response.json()) as { checkoutUrl: string }).checkoutUrl);
  };
  // A second plan checkout expires the first (it could otherwise be paid later as a second subscription).
  const abandoned = await checkout();
  const open = await checkout();
  const sessionOf = (url: URL) => url.pathname.split("/").pop() ?? "";

  await logInUi(page, account.email);
  await page.goto(`/app/billing/return?session_id=${sessionOf(abandoned)}`);
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText("This checkout expired");
  await expect(page.getByRole("link", { name: "Back to plans" })).toBeVisible();

  await page.goto(`/app/billing/return?session_id=${sessionOf(open)}`);
  await expect(page.getByRole("status", { name: "Confirming your payment" })).toBeVisible();
  await shot(page, "billing-return-waiting");
  await page.clock.fastForward(31_000);
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText("Still waiting for confirmation");
  await shot(page, "billing-return-stalled");

  const paid = await request.post(`${open.origin}/checkout/${sessionOf(open)}/pay`, {
    form: {},
    maxRedirects: 0,
  });
  expect(paid.status()).toBeLessThan(400);
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByTestId("checkout-outcome-title")).toHaveText(`You're on ${plan.name}`);
});
