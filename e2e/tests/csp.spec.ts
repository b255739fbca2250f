import { expect, type Page, test } from "@playwright/test";
import { logInUi } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

/** Every browser complaint about the Content-Security-Policy the server sends. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  const record = (text: string) => {
    if (/Content Security Policy|Refused to/i.test(text)) violations.push(`${page.url()}: ${text}`);
  };
  page.on("console", (message) => record(message.text()));
  page.on("pageerror", (error) => record(error.message));
  return violations;
}

const PUBLIC_PAGES = [
  "/",
  "/status",
  "/login",
  "/signup",
  "/forgot-password",
  "/reset-password?token=spent-or-unknown-token-000000000000",
  "/verify-email",
  "/invite?token=unknown-invitation-token-0000000000",
  "/no/such/page",
];
const SIGNED_IN_PAGES = [
  "/app",
  "/app/team",
  "/app/team/settings",
  "/app/messages",
  "/app/account",
  "/admin",
  "/admin/api-keys",
  "/admin/mailbox",
];

test("every page and the API docs run under the server's Content-Security-Policy", async ({ page }) => {
  // It visits every page in one browser: on a loaded 2-core machine that alone has taken over a minute.
  test.setTimeout(180_000);
  const violations = collectCspViolations(page);
  const first = await page.goto("/");
  expect(first?.headers()["content-security-policy"]).toContain("default-src 'self'");

  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  for (const path of SIGNED_IN_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  await page.goto("/api/docs");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("body")).not.toBeEmpty();
  expect(violations).toEqual([]);
});
