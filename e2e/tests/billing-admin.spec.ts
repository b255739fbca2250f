import { expect, type Page, test } from "@playwright/test";
import { apiSignup, asMember, logInUi, shot, uniqueEmail, uniqueName } from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";
import { apiCreatePlan } from "./billing-support.js";

const tag = () => Math.random().toString(36).slice(2, 7);

async function openAdminPage(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Admin navigation" }).getByRole("link", { name }).click();
}

test("admin plans: create with entitlements (validated in the browser), reuse a key, edit, system plan, delete", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const run = tag();
  const seatsKey = `seats_${run}`;
  const name = `Growth ${run}`;
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin");
  await openAdminPage(page, "Plans");
  await expect(page.getByRole("heading", { level: 1, name: "Plans" })).toBeVisible();

  await page.getByRole("button", { name: "Create plan" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a plan" });
  await dialog.getByLabel("Annual discount").fill("150");
  await dialog.getByRole("button", { name: "Create plan" }).click();
  await expect(dialog.getByText("Enter a name")).toBeVisible();
  await expect(dialog.getByText("Enter a price, like 29.00")).toBeVisible();
  await expect(dialog.getByText("Enter a whole number from 0 to 100")).toBeVisible();

  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Monthly price").fill("49");
  await dialog.getByLabel("Annual discount").fill("25");
  await expect(dialog.getByText("Annual price: $441.00")).toBeVisible();
  await dialog.getByLabel("Credits per month").fill("1000");
  await dialog.getByRole("button", { name: "Add entitlement" }).click();
  const first = dialog.getByTestId("entitlement-row").nth(0);
  await first.getByRole("combobox", { name: "Key" }).fill("Bad Key");
  await dialog.getByRole("button", { name: "Create plan" }).click();
  await expect(first.getByText(/Lower-case letters/)).toBeVisible();
  await first.getByRole("combobox", { name: "Key" }).fill(seatsKey);
  await first.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: "Number" }).click();
  await first.getByLabel("Value", { exact: true }).fill("25");
  await first.getByLabel("Description").fill("Seats included");
  await shot(page, "admin-plan-dialog");
  await dialog.getByRole("button", { name: "Create plan" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId(`admin-plan-${name}`);
  await expect(row).toContainText("$49.00 / month");
  await expect(row).toContainText("$441.00 / year");
  await expect(row).toContainText("1 entitlement");
  await shot(page, "admin-plans");

  // A second plan of the same name is refused by the server, and the dialog says so.
  await page.getByRole("button", { name: "Create plan" }).click();
  const again = page.getByRole("dialog", { name: "Create a plan" });
  await again.getByLabel("Name").fill(name);
  await again.getByLabel("Monthly price").fill("10");
  // Keys other plans use are suggested; picking one brings its type and description.
  await again.getByRole("button", { name: "Add entitlement" }).click();
  const suggested = again.getByTestId("entitlement-row").nth(0);
  await suggested.getByRole("combobox", { name: "Key" }).fill(`seats_${run.slice(0, 3)}`);
  await page.getByRole("option", { name: seatsKey }).click();
  await expect(suggested.getByRole("combobox", { name: "Type" })).toHaveValue("Number");
  await expect(suggested.getByLabel("Description")).toHaveValue("Seats included");
  await suggested.getByLabel("Value", { exact: true }).fill("5");
  await again.getByRole("button", { name: "Create plan" }).click();
  await expect(again.getByRole("alert")).toContainText("already exists");
  await again.getByRole("button", { name: "Cancel" }).click();

  // Edit: a new price shows in the list.
  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${name}` });
  await expect(edit.getByTestId("entitlement-row")).toHaveCount(1);
  await edit.getByLabel("Monthly price").fill("59");
  await edit.getByRole("button", { name: "Save plan" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("$59.00 / month");

  // The system plan keeps its name and cannot be deleted.
  const free = page.getByTestId("admin-plan-Free");
  await expect(free.getByTestId("system-plan-badge")).toBeVisible();
  await expect(free.getByRole("button", { name: "Delete Free" })).toHaveCount(0);
  await free.getByRole("button", { name: "Edit Free" }).click();
  const editFree = page.getByRole("dialog", { name: "Edit Free" });
  await expect(editFree.getByLabel("Name")).toBeDisabled();
  await editFree.getByRole("button", { name: "Cancel" }).click();

  // A plan a tenant is on cannot be deleted: the refusal shows in the dialog.
  const taken = await apiCreatePlan(request, { name: `Taken ${run}`, monthlyPriceCents: 0 });
  const owner = await apiSignup(request, {
    email: uniqueEmail("taken"),
    displayName: `${uniqueName("Tia")} Taken`,
  });
  const tenantId = owner.memberships[0]?.tenantId ?? "";
  const assigned = await request.post("/api/v1/billing/checkout", {
    headers: asMember(owner, tenantId),
    data: { planId: taken.id },
  });
  expect(await assigned.json()).toMatchObject({ assigned: true, checkoutUrl: null });
  await page.reload();
  const takenRow = page.getByTestId(`admin-plan-${taken.name}`);
  await expect(takenRow.getByTestId("subscriber-count")).toHaveText("1");
  await takenRow.getByRole("button", { name: `Delete ${taken.name}` }).click();
  const refuse = page.getByRole("dialog", { name: "Delete plan" });
  await expect(refuse).toContainText("reassign them first");
  await refuse.getByRole("button", { name: "Delete plan" }).click();
  await expect(refuse.getByRole("alert")).toContainText(/Reassign/);
  await shot(page, "admin-plan-delete-refused");
  await refuse.getByRole("button", { name: "Cancel" }).click();
  await expect(takenRow).toBeVisible();

  await row.getByRole("button", { name: `Delete ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete plan" });
  await confirm.getByRole("button", { name: "Delete plan" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);

  await page.getByRole("button", { name: "Reconcile now" }).click();
  await expect(page.getByTestId("reconcile-report")).toContainText(/Checked \d+ customers?: /);
  await shot(page, "admin-plans-reconciled");
});

test("admin bundles: create (validated), deactivate, delete", async ({ page }) => {
  const name = `Credits ${tag()}`;
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin");
  await openAdminPage(page, "Credit bundles");
  await expect(page.getByRole("heading", { level: 1, name: "Credit bundles" })).toBeVisible();

  await page.getByRole("button", { name: "Create bundle" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a credit bundle" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Credits").fill("0");
  await dialog.getByRole("button", { name: "Create bundle" }).click();
  await expect(dialog.getByText("Enter a whole number from 1 to 10,000,000")).toBeVisible();
  await expect(dialog.getByText("Enter a price, like 29.00")).toBeVisible();
  await dialog.getByLabel("Credits").fill("2500");
  await dialog.getByLabel("Price").fill("199");
  await expect(dialog.getByText("$7.96 per 100 credits")).toBeVisible();
  await dialog.getByRole("button", { name: "Create bundle" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId(`admin-bundle-${name}`);
  await expect(row).toContainText("2,500 credits");
  await expect(row).toContainText("$199.00");
  await expect(row).toContainText("On sale");
  await shot(page, "admin-bundles");

  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${name}` });
  await edit.getByRole("switch", { name: /On sale/ }).uncheck();
  await edit.getByRole("button", { name: "Save bundle" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("Inactive");

  await row.getByRole("button", { name: `Delete ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete credit bundle" });
  await confirm.getByRole("button", { name: "Delete bundle" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);
});
