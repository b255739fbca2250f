import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  apiInvite,
  apiTeamWithMember,
  asMember,
  logInUi,
  shot,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";
import { OPERATOR } from "../support/operator.js";

test.use({ viewport: { width: 390, height: 844 } });

/**
 * The element lies fully inside the content box of `card` (and the viewport) without scrolling sideways:
 * a table wider than its card scrolls, which clips its last column at the card's padding.
 */
async function expectOnScreen(page: Page, locator: Locator, card: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const contentRight = await card.evaluate((el) => {
    const style = getComputedStyle(el);
    return (
      el.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)
    );
  });
  const right = Math.min(page.viewportSize()?.width ?? 0, contentRight);
  expect(box, "element has a box").not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0), "right edge inside its card").toBeLessThanOrEqual(right + 0.5);
}

test("phone: team members' actions and role selects sit on screen and work", async ({ page, request }) => {
  const owner = { email: uniqueEmail("phone-owner"), displayName: `${uniqueName("Pia")} Phone` };
  const member = { email: uniqueEmail("phone-member"), displayName: `${uniqueName("Milo")} Member` };
  const team = await apiTeamWithMember(request, owner, member);
  const invitee = uniqueEmail("phone-invitee");
  await apiInvite(request, asMember(team.owner, team.tenantId), invitee);

  await logInUi(page, owner.email);
  await page.goto("/app/team");
  const row = page.getByTestId(`member-${member.email}`);
  await expect(row).toContainText(member.displayName);
  const card = page.getByRole("region", { name: "Members" });
  await expectOnScreen(page, row.getByLabel(`Role of ${member.displayName}`), card);
  const actions = row.getByRole("button", { name: `Actions for ${member.displayName}` });
  await expectOnScreen(page, actions, card);
  await expectOnScreen(
    page,
    page.getByRole("button", { name: `Revoke invitation for ${invitee}` }),
    page.getByRole("region", { name: "Pending invitations" }),
  );
  await shot(page, "phone-team");
  await actions.click();
  const remove = page.getByRole("menuitem", { name: "Remove from team" });
  await expectOnScreen(page, remove, page.locator("body"));
  await remove.click();
  await page.getByRole("dialog", { name: "Remove member" }).getByRole("button", { name: "Remove" }).click();
  await expect(row).toHaveCount(0);
});

test("phone: API keys keep Revoke on screen", async ({ page }) => {
  await logInUi(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/api-keys");
  const name = `Phone key ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create key" }).click();
  await dialog.getByRole("button", { name: "Done" }).click();
  const row = page.getByTestId(`api-key-${name}`);
  await expectOnScreen(
    page,
    row.getByRole("button", { name: "Revoke" }),
    page.getByRole("region", { name: "API keys" }),
  );
  await shot(page, "phone-api-keys");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page
    .getByRole("dialog", { name: "Revoke API key" })
    .getByRole("button", { name: "Revoke key" })
    .click();
  await expect(page.getByRole("dialog", { name: "Revoke API key" })).toBeHidden();
});
