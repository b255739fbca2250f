import { expect, type Page, test } from "@playwright/test";
import { apiSignup, logInUi, shot, uniqueEmail, uniqueName } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

/**
 * Visits every page (signed out, as the operator, as a plain user) and saves a screenshot of each to
 * /tmp/shots, on a desktop and a phone viewport; every page must also settle without a loading state
 * or an unexpected error.
 */
const PUBLIC_PAGES: Array<[string, string]> = [
  ["landing", "/"],
  ["login", "/login"],
  ["signup", "/signup"],
  ["forgot-password", "/forgot-password"],
  ["reset-password", "/reset-password?token=not-a-real-reset-token"],
  ["verify-email-invalid", "/verify-email?token=not-a-real-verification-token"],
  ["invite-invalid", "/invite?token=not-a-real-invitation-token"],
  ["auth-callback-missing", "/auth/callback"],
];

const SIGNED_IN_PAGES: Array<[string, string]> = [
  ["app-home", "/app"],
  ["app-team", "/app/team"],
  ["app-team-settings", "/app/team/settings"],
  ["app-messages", "/app/messages"],
  ["app-account", "/app/account"],
  ["admin-overview", "/admin"],
  ["admin-api-keys", "/admin/api-keys"],
  ["admin-mailbox", "/admin/mailbox"],
];

async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("status", { name: /^(Loading|Verifying|Signing|Checking)/ })).toHaveCount(0);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("public pages", async ({ page }) => {
      for (const [name, path] of PUBLIC_PAGES) {
        await page.goto(path);
        await settled(page);
        await shot(page, name);
      }
    });

    test("app and admin pages", async ({ page }) => {
      await logInUi(page, OPERATOR.email, OPERATOR.password);
      for (const [name, path] of SIGNED_IN_PAGES) {
        await page.goto(path);
        await settled(page);
        await expect(page.getByRole("alert").filter({ hasText: /Could not/ })).toHaveCount(0);
        if (name === "admin-mailbox") await page.getByTestId("mailbox-email").first().click();
        await shot(page, name);
      }
      if (viewport.width < 768) {
        await page.goto("/app");
        await page.getByRole("button", { name: "Open navigation" }).click();
        await shot(page, "app-navigation-open");
        await page.getByRole("button", { name: "Close navigation" }).click();
        await page.getByTestId("tenant-switcher").click();
        await shot(page, "app-tenant-menu");
      }
    });

    test("a plain user's home with the verification banner", async ({ page, request }) => {
      const email = uniqueEmail("tourist");
      await apiSignup(request, { email, displayName: `${uniqueName("Tia")} Tourist` });
      await logInUi(page, email);
      await expect(page.getByTestId("verify-banner")).toBeVisible();
      await shot(page, "app-home-unverified");
    });
  });
}
