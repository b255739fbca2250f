import { expect, test } from "@playwright/test";

test("interactive API docs render offline, with no request leaving the server", async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL ?? "") && !url.startsWith("data:")) outside.push(url);
  });

  await page.goto("/api/docs/");
  await expect(page.locator(".swagger-ui .info .title")).toContainText("Baseplate API");
  await expect(page.locator(".opblock-summary-path").filter({ hasText: "/version" })).toBeVisible();

  // Try a call from the docs page against the live API.
  await page.locator(".opblock-summary-path").filter({ hasText: "/version" }).click();
  await page.getByRole("button", { name: "Try it out" }).click();
  await page.getByRole("button", { name: "Execute" }).click();
  await expect(page.locator(".responses-wrapper .live-responses-table")).toContainText("apiVersion");

  expect(outside).toEqual([]);
});

test("the OpenAPI document is served as JSON", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.ok()).toBe(true);
  expect(response.headers()["x-api-version"]).toBe("1.2");
  const document = await response.json();
  expect(document.openapi).toMatch(/^3\.1/);
});
