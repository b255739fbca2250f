import { expect, test } from "@playwright/test";
import { apiSignup, apiTeamWithMember, logInUi, shot, uniqueEmail, uniqueName } from "../support/helpers.js";

test("create a team from the switcher, rename it in its settings; the owner cannot leave", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("teams");
  await apiSignup(request, { email, displayName: `${uniqueName("Tara")} Teams` });
  await logInUi(page, email);

  const team = `Studio ${uniqueName("x")}`;
  await page.getByTestId("tenant-switcher").click();
  await page.getByRole("menuitem", { name: "Create team" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a team" });
  await dialog.getByRole("button", { name: "Create team" }).click();
  await expect(dialog.getByText("Enter a name for the team")).toBeVisible();
  await dialog.getByLabel("Team name").fill(team);
  await dialog.getByRole("button", { name: "Create team" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast")).toContainText(`${team} is ready`);
  await expect(page.getByTestId("current-tenant")).toHaveText(team);
  await expect(page).toHaveURL(/\/app\/team$/);

  // Not verified yet: the invite dialog says so before any address is typed.
  await page.getByRole("button", { name: "Invite member" }).click();
  const invite = page.getByRole("dialog", { name: "Invite a member" });
  await expect(invite.getByTestId("invite-verify-first")).toContainText("Verify your email first");
  await expect(invite.getByRole("button", { name: "Resend verification email" })).toBeVisible();
  await expect(invite.getByRole("textbox", { name: "Email" })).toHaveCount(0);
  await shot(page, "invite-verify-first");
  await invite.getByRole("button", { name: "Close" }).click();

  await page.getByRole("link", { name: "Team settings" }).click();
  await expect(page.getByTestId("team-name")).toContainText(team);
  await expect(page.getByTestId("team-member-count")).toHaveText("1");
  await expect(page.getByTestId("owner-cannot-leave")).toContainText("Transfer ownership");
  await shot(page, "team-settings");

  const renamed = `${team} Labs`;
  await page.getByLabel("Team name").fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByTestId("toast")).toContainText(`now called ${renamed}`);
  await expect(page.getByTestId("team-name")).toContainText(renamed);
  await expect(page.getByTestId("current-tenant")).toHaveText(renamed);
});

test("a member leaves a team (confirmed) and continues in their own", async ({ page, request }) => {
  const ownerName = uniqueName("Lea");
  const owner = { email: uniqueEmail("leave-owner"), displayName: `${ownerName} Owner` };
  const member = { email: uniqueEmail("leaver"), displayName: `${uniqueName("Leo")} Leaver` };
  await apiTeamWithMember(request, owner, member);
  const ownersTeam = `${ownerName}'s Team`;

  await logInUi(page, member.email);
  await page.getByTestId("tenant-switcher").click();
  await page.getByRole("menuitem", { name: new RegExp(ownersTeam) }).click();
  await expect(page.getByTestId("current-tenant")).toHaveText(ownersTeam);
  await page.goto("/app/team/settings");
  await expect(page.getByRole("heading", { name: "Rename" })).toHaveCount(0);
  await page.getByRole("button", { name: "Leave team" }).click();
  const confirm = page.getByRole("dialog", { name: "Leave team" });
  await expect(confirm).toContainText(ownersTeam);
  await confirm.getByRole("button", { name: "Leave team" }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("toast")).toContainText(`You left ${ownersTeam}`);
  await expect(page.getByTestId("current-tenant")).not.toHaveText(ownersTeam);
  await page.getByTestId("tenant-switcher").click();
  await expect(page.getByRole("menuitem", { name: new RegExp(ownersTeam) })).toHaveCount(0);
});

test("phone: team settings read well at 390 px", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const email = uniqueEmail("teams-phone");
  await apiSignup(request, { email, displayName: `${uniqueName("Pat")} Phone` });
  await logInUi(page, email);
  await page.goto("/app/team/settings");
  await expect(page.getByTestId("team-slug")).toBeVisible();
  await shot(page, "team-settings");
});
