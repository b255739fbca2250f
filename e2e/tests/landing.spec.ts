import { expect, test } from "@playwright/test";
import { apiSignup, logInUi, openAppPage, shot, uniqueEmail, uniqueName } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`/ greets visitors with the ways in at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const landing = page.getByTestId("landing");
    await expect(landing.getByRole("heading", { level: 1, name: "Baseplate" })).toBeVisible();
    await expect(landing.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    await expect(landing.getByRole("link", { name: "Create account" })).toHaveAttribute("href", "/signup");
    await expect(landing.getByRole("link", { name: "System status" })).toHaveAttribute("href", "/status");
    await expect(landing.getByRole("link", { name: "API docs" })).toHaveAttribute("href", "/api/docs");
    await shot(page, "landing");

    // An unknown page leads home, not to the status page.
    await page.goto("/no/such/page");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  });
}

test("signed in, / opens the app; only platform admins see the admin console in the navigation", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("nav");
  await apiSignup(request, { email, displayName: `${uniqueName("Nia")} Nav` });
  await logInUi(page, email);
  await page.goto("/");
  await expect(page).toHaveURL(/\/app$/);
  const nav = page.getByRole("navigation", { name: "App navigation" });
  await expect(nav.getByRole("link", { name: "Team" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin console" })).toHaveCount(0);

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await openAppPage(page, "Admin console");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("admin-badge")).toBeVisible();
});

test("the operator's switcher marks the platform team; roles read Owner/Admin/User", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.getByTestId("tenant-switcher").click();
  const menu = page.getByRole("menu");
  await expect(menu.getByText("Your teams")).toBeVisible();
  await expect(menu.getByTestId("platform-badge")).toHaveText("Platform");
  await expect(menu.getByRole("menuitem").first()).toContainText("Owner");
  await shot(page, "switcher-platform");
});

test("error alerts speak in sentences and never show codes", async ({ page }) => {
  await page.goto("/invite?token=not-a-real-invitation-token-0000000000");
  const alert = page.getByRole("alert").filter({ hasText: "This invitation cannot be used" });
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId("error-message")).toHaveText(/[a-z].*\s.*[a-z]/);
  await expect(alert).not.toContainText(/NOT_FOUND|FORBIDDEN|BAD_REQUEST|VALIDATION|[A-Z]{3,}_[A-Z]{3,}/);
  await shot(page, "invite-unavailable");
});
