import { expect, type Page, test } from "@playwright/test";
import { holdThenRefuse, logInUi } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

interface PageCase {
  path: string;
  /** The tRPC procedure the page's main content comes from. */
  procedure: string;
  loading: string;
  error: string;
  ready: (page: Page) => ReturnType<Page["getByTestId"]>;
}

const PAGES: PageCase[] = [
  {
    path: "/app/billing",
    procedure: "billing.plans",
    loading: "Loading billing",
    error: "Could not load billing",
    ready: (page) => page.getByTestId("subscription-card"),
  },
  {
    path: "/app/billing/plans",
    procedure: "billing.plans",
    loading: "Loading plans",
    error: "Could not load plans",
    ready: (page) => page.getByTestId("plans-grid"),
  },
  {
    path: "/app/billing/bundles",
    procedure: "billing.bundles",
    loading: "Loading credit bundles",
    error: "Could not load credit bundles",
    ready: (page) => page.getByRole("heading", { level: 1, name: "Credit bundles" }),
  },
  {
    path: "/app/billing/credits",
    procedure: "credits.ledger",
    loading: "Loading credit history",
    error: "Could not load the credit history",
    ready: (page) => page.getByRole("heading", { name: "Credit history" }),
  },
  {
    path: "/app/billing/history",
    procedure: "billing.transactions",
    loading: "Loading payments",
    error: "Could not load payments",
    ready: (page) => page.getByRole("region", { name: "Payments" }),
  },
  {
    path: "/admin/plans",
    procedure: "adminPlans.list",
    loading: "Loading plans",
    error: "Could not load plans",
    ready: (page) => page.getByTestId("admin-plans-table"),
  },
  {
    path: "/admin/bundles",
    procedure: "adminBundles.list",
    loading: "Loading credit bundles",
    error: "Could not load credit bundles",
    ready: (page) => page.getByRole("heading", { level: 1, name: "Credit bundles" }),
  },
];

for (const { path, procedure, loading, error, ready } of PAGES) {
  test(`${path} shows a loading state, then an error with Retry when ${procedure} cannot be reached`, async ({
    page,
  }) => {
    await logInUi(page, OPERATOR.email, OPERATOR.password);
    const matches = (url: URL) => url.pathname.startsWith("/trpc/") && url.pathname.includes(procedure);
    const release = await holdThenRefuse(page, matches);

    await page.goto(path);
    await expect(page.getByRole("status", { name: loading })).toBeVisible();
    release();

    const alert = page.getByRole("alert").filter({ hasText: error });
    await expect(alert).toBeVisible();
    await expect(alert.getByTestId("error-message")).toContainText("Could not reach the Baseplate server");

    await page.unroute(matches);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(ready(page)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}

test("billing pages explain an empty history and ledger", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/app/billing/history");
  await expect(page.getByTestId("no-transactions")).toContainText("No payments yet");
  await page.goto("/app/billing/credits");
  await expect(page.getByTestId("no-ledger-entries")).toContainText("No credit changes yet");
});

test("the checkout return page explains a missing or unknown checkout", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/app/billing/return");
  await expect(page.getByText("No checkout to look up")).toBeVisible();
  await page.goto("/app/billing/return?session_id=cs_test_doesnotexist");
  await expect(page.getByRole("alert").filter({ hasText: "Could not confirm the checkout" })).toContainText(
    /not found/i,
  );
  await expect(page.getByRole("link", { name: "Back to plans" })).toBeVisible();
});
