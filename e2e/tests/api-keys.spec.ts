import { expect, test } from "@playwright/test";
import { logInUi, shot } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

test("API keys: create, see the raw key once and copy it, list shows only the preview and the creator, revoke keeps it listed", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();

  const name = `CI pipeline ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByText("Admin", { exact: true }).click();
  await expect(dialog.getByRole("radio", { name: "Admin" })).toBeChecked();
  await dialog.getByRole("button", { name: "Create key" }).click();

  const raw = (await dialog.getByTestId("raw-api-key").textContent()) ?? "";
  expect(raw).toMatch(/^lsk_\S{20,}$/);
  await expect(dialog).toContainText("You won't see it again");
  await shot(page, "api-key-created");
  await dialog.getByRole("button", { name: "Copy key" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(raw);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  // Listed by preview only; the raw key is nowhere on the page any more.
  const row = page.getByTestId(`api-key-${name}`);
  await expect(row.getByTestId("key-preview")).toHaveText(`…${raw.slice(-8)}`);
  await expect(row).toContainText("Admin");
  await expect(row.getByTestId("key-creator")).toHaveText(`by ${OPERATOR.displayName}`);
  await expect(page.getByText(raw)).toHaveCount(0);
  await shot(page, "api-keys");

  // The key works until it is revoked.
  const withKey = { headers: { Authorization: `Bearer ${raw}` } };
  expect((await request.get("/api/v1/admin/api-keys", withKey)).status()).toBe(200);

  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke API key" });
  await expect(confirm).toContainText(name);
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  // Revoked keys stay listed, greyed, with the day of revocation and no Revoke button.
  await expect(row).toHaveAttribute("data-revoked", "true");
  await expect(row).toContainText("Revoked");
  await expect(row.getByTestId("key-creator")).toHaveText(`by ${OPERATOR.displayName}`);
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  await expect(page.getByTestId("no-api-keys")).toHaveCount(0);
  await shot(page, "api-keys-revoked");
  expect((await request.get("/api/v1/admin/api-keys", withKey)).status()).toBe(401);
});
