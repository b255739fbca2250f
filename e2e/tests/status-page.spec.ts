import { expect, test } from "@playwright/test";
import { holdThenRefuse, logInUi } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

test("the status page shows live data from the API; node and checks only to platform admins", async ({
  page,
}) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { name: "System status" })).toBeVisible();
  await expect(page.getByTestId("status-badge")).toHaveAttribute("data-status", "ok");
  await expect(page.getByTestId("api-version")).toContainText("1.2");
  await expect(page.getByTestId("node-id")).toHaveCount(0);
  await expect(page.getByTestId("db-check")).toHaveCount(0);

  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/status");
  await expect(page.getByTestId("db-check")).toContainText(/ms/);
  await expect(page.getByTestId("node-id")).toBeVisible();
});

test("an unknown page shows the not-found screen, not a blank page", async ({ page }) => {
  await page.goto("/definitely/not/a/page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("admin and tenant layouts render their navigation for the operator", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin");
  await expect(page.getByTestId("admin-badge")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin navigation" })).toBeVisible();
  await expect(page.getByTestId("admin-db")).toContainText("ms");
  await page.goto("/app");
  await expect(page.getByRole("navigation", { name: "App navigation" })).toBeVisible();
  await expect(page.getByTestId("status-summary")).toContainText("1.2");
  await page.goto("/app/nowhere");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to overview" })).toBeVisible();
});

test("the status page shows a loading state, then an error with Retry when the API is unreachable", async ({
  page,
}) => {
  const release = await holdThenRefuse(page, "**/trpc/**");
  await page.goto("/status");
  await expect(page.getByRole("status", { name: "Loading system status" })).toBeVisible();
  release();

  const alert = page.getByRole("alert").filter({ hasText: "Could not load system status" });
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId("error-message")).toContainText("Could not reach the Baseplate server");

  await page.unroute("**/trpc/**");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("status-badge")).toHaveAttribute("data-status", "ok");
});
