import { expect, test } from "@playwright/test";

test("the status page shows live data from the API", async ({ page }) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { name: "System status" })).toBeVisible();
  await expect(page.getByTestId("status-badge")).toHaveText(/ok/i);
  await expect(page.getByTestId("api-version")).toContainText("1.2");
  await expect(page.getByTestId("db-check")).toContainText(/ms/);
});

test("the root URL lands on the status page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/status$/);
});

test("an unknown page shows the not-found screen, not a blank page", async ({ page }) => {
  await page.goto("/definitely/not/a/page");
  await expect(page.getByText(/not found/i).first()).toBeVisible();
});

test("admin and tenant layouts render their navigation", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByText("Admin console").first()).toBeVisible();
  await page.goto("/app");
  await expect(page.getByRole("navigation").first()).toBeVisible();
});
