import { expect, test } from "@playwright/test";
import {
  apiInvite,
  apiSignup,
  apiSignupVerified,
  asMember,
  logInUi,
  openAppPage,
  shot,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";

test("an invitation message is accepted in the app, then the app offers the team", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("invitee");
  await apiSignup(request, { email, displayName: `${uniqueName("Ivy")} Invitee` });
  const hostName = uniqueName("Hal");
  const host = await apiSignupVerified(request, {
    email: uniqueEmail("host"),
    displayName: `${hostName} Host`,
  });
  const hostTeam = host.memberships[0];
  if (!hostTeam) throw new Error("no personal team");
  await apiInvite(request, asMember(host, hostTeam.tenantId), email, "admin");

  await logInUi(page, email);
  await openAppPage(page, "Messages");
  const message = page.getByTestId("message").filter({ hasText: hostTeam.tenantName });
  await expect(message).toBeVisible();
  await shot(page, "messages-invitation");
  await message.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("toast")).toContainText(`You joined ${hostTeam.tenantName}`);
  await expect(message.getByTestId("invitation-status")).toHaveText("Accepted");
  await expect(message.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await page.getByRole("button", { name: `Switch to ${hostTeam.tenantName}` }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("current-tenant")).toHaveText(hostTeam.tenantName);
  await page.getByTestId("tenant-switcher").click();
  await expect(page.getByRole("menuitem", { name: new RegExp(hostTeam.tenantName) })).toContainText("Admin");
});

test("Mark all as read clears every unread message and the badge", async ({ page, request }) => {
  const email = uniqueEmail("reader");
  await apiSignup(request, { email, displayName: `${uniqueName("Rae")} Reader` });
  for (const base of ["Ann", "Ben"]) {
    const host = await apiSignupVerified(request, {
      email: uniqueEmail(base.toLowerCase()),
      displayName: `${uniqueName(base)} Host`,
    });
    const team = host.memberships[0];
    if (!team) throw new Error("no personal team");
    await apiInvite(request, asMember(host, team.tenantId), email);
  }

  await logInUi(page, email);
  await expect(page.getByTestId("unread-badge")).toHaveAttribute("data-count", "2");
  await openAppPage(page, "Messages");
  await expect(page.locator('[data-testid="message"][data-read="false"]')).toHaveCount(2);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("toast")).toContainText("2 messages marked as read");
  await expect(page.locator('[data-testid="message"][data-read="false"]')).toHaveCount(0);
  await expect(page.getByTestId("unread-badge")).toHaveAttribute("data-count", "0");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
});
