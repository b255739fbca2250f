import { expect, test } from "@playwright/test";
import {
  apiInvite,
  apiSignup,
  apiSignupVerified,
  asMember,
  linkIn,
  openAppPage,
  PASSWORD,
  shot,
  signUpUi,
  submitLogin,
  uniqueEmail,
  uniqueName,
  waitForEmail,
} from "../support/helpers.js";

test("sign up, verify the email, invite a teammate who joins, promote them; they read their message", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const ownerName = uniqueName("Ada");
  const owner = { email: uniqueEmail("owner"), displayName: `${ownerName} Lovelace` };
  const teamName = `${ownerName}'s Team`;

  // 1. Sign up: straight into the app, with a "check your email" notice.
  await signUpUi(page, owner);
  await expect(page.getByTestId("verify-banner")).toContainText("Check your email");
  await expect(page.getByTestId("current-tenant")).toHaveText(teamName);

  // 2. The verification mail (dev mailbox) → its link → "Email verified".
  const verification = await waitForEmail(request, owner.email, "verify_email");
  await page.goto(linkIn(verification.text, "/verify-email"));
  await expect(page.getByTestId("verify-success")).toContainText("Email verified");
  await shot(page, "verify-email-success");
  await page.getByRole("link", { name: "Continue to the app" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("verify-banner")).toHaveCount(0);

  // 3. Invite a teammate (a new address).
  const mate = { email: uniqueEmail("mate"), displayName: `${uniqueName("Max")} Mate` };
  await openAppPage(page, "Team");
  await expect(page.getByTestId(`member-${owner.email}`)).toContainText("Owner");
  await page.getByRole("button", { name: "Invite member" }).click();
  const inviteDialog = page.getByRole("dialog", { name: "Invite a member" });
  await inviteDialog.getByLabel("Email").fill("mate-at-nowhere");
  await inviteDialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(inviteDialog.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
  await inviteDialog.getByLabel("Email").fill(mate.email);
  await shot(page, "team-invite-dialog");
  await inviteDialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("invite-success")).toContainText(mate.email);
  await expect(page.getByTestId("invitations-table")).toContainText(mate.email);
  const invitation = await waitForEmail(request, mate.email, "invitation");

  // 4. The teammate opens the link in their own browser, signs up from it and lands in the team.
  const mateContext = await browser.newContext();
  const matePage = await mateContext.newPage();
  await matePage.goto(linkIn(invitation.text, "/invite"));
  await expect(matePage.getByTestId("invite-tenant")).toHaveText(teamName);
  await expect(matePage.getByText(owner.displayName)).toBeVisible();
  await shot(matePage, "invite-signed-out");
  // The invitation is bound to one address: filled in and locked.
  await expect(matePage.getByLabel("Email")).toHaveValue(mate.email);
  await expect(matePage.getByLabel("Email")).toHaveAttribute("readonly", "");
  const spentPreviews: number[] = [];
  matePage.on("response", (r) => {
    if (r.url().includes("invitations.preview") && r.status() >= 400) spentPreviews.push(r.status());
  });
  await matePage.getByLabel("Display name").fill(mate.displayName);
  await matePage.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
  await matePage.getByRole("button", { name: `Create account and join ${teamName}` }).click();
  await expect(matePage).toHaveURL(/\/app$/);
  await expect(matePage.getByTestId("current-tenant")).toHaveText(teamName);
  // Once joined, nobody asks for the spent invitation's preview again (no 404 in the log).
  expect(spentPreviews).toEqual([]);
  await matePage.getByTestId("tenant-switcher").click();
  const mateMenu = matePage.getByRole("menu");
  await expect(mateMenu.getByRole("menuitem", { name: new RegExp(teamName) })).toContainText("User");
  await expect(mateMenu.getByRole("menuitem", { name: /'s Team/ })).toHaveCount(2);
  await shot(matePage, "tenant-switcher-open");

  // Switching tenants changes what every tenant-scoped page shows, and the choice survives a reload.
  const mateTeam = `${mate.displayName.split(" ")[0]}'s Team`;
  await mateMenu.getByRole("menuitem", { name: new RegExp(mateTeam) }).click();
  await expect(matePage.getByTestId("current-tenant")).toHaveText(mateTeam);
  await openAppPage(matePage, "Team");
  await expect(matePage.getByTestId("members-table").getByRole("row")).toHaveCount(2);
  await expect(matePage.getByTestId(`member-${mate.email}`)).toContainText("Owner");
  await matePage.reload();
  await expect(matePage.getByTestId("current-tenant")).toHaveText(mateTeam);
  await matePage.getByTestId("tenant-switcher").click();
  await matePage.getByRole("menuitem", { name: new RegExp(teamName) }).click();
  await expect(matePage.getByTestId(`member-${owner.email}`)).toContainText("Owner");
  await expect(matePage.getByTestId(`member-${mate.email}`)).toContainText("User");

  // 5. The owner sees the new member (invitation gone) and makes them an admin.
  await page.reload();
  const mateRow = page.getByTestId(`member-${mate.email}`);
  await expect(mateRow).toContainText(mate.displayName);
  await expect(page.getByTestId("no-invitations")).toBeVisible();
  await mateRow.getByLabel(`Role of ${mate.displayName}`).click();
  await page.getByRole("option", { name: "Admin" }).click();
  const roleDialog = page.getByRole("dialog", { name: "Change role" });
  await expect(roleDialog).toContainText(`Make ${mate.displayName} Admin instead of User?`);
  await roleDialog.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByTestId("toast")).toContainText(`${mate.displayName} is now Admin`);
  await expect(mateRow.getByLabel(`Role of ${mate.displayName}`)).toHaveValue("Admin");
  await shot(page, "team");
  await page.reload();
  await expect(mateRow.getByLabel(`Role of ${mate.displayName}`)).toHaveValue("Admin");

  // The teammate's switcher shows the new role after a reload.
  await matePage.reload();
  await matePage.getByTestId("tenant-switcher").click();
  await expect(matePage.getByRole("menuitem", { name: new RegExp(teamName) })).toContainText("Admin");
  await matePage.keyboard.press("Escape");
  // ...and a message says so.
  await openAppPage(matePage, "Messages");
  await expect(matePage.getByTestId("message").first()).toContainText(/admin/i);
  await expect(matePage.getByTestId("message").first()).toContainText(teamName);
  await matePage.getByRole("button", { name: "Mark all as read" }).click();
  await expect(matePage.getByTestId("unread-badge")).toHaveAttribute("data-count", "0");
  await openAppPage(matePage, "Overview");

  // 6. Someone else invites the (now existing) teammate to a second tenant: that creates a message.
  const third = await apiSignupVerified(request, {
    email: uniqueEmail("third"),
    displayName: `${uniqueName("Theo")} Third`,
  });
  const thirdTenant = third.memberships[0];
  if (!thirdTenant) throw new Error("the third user has no personal tenant");
  await apiInvite(request, asMember(third, thirdTenant.tenantId), mate.email);

  // The badge updates when the window regains focus (it also polls every 30 s).
  await matePage.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
  const badge = matePage.getByTestId("unread-badge");
  await expect(badge).toHaveAttribute("data-count", "1", { timeout: 5_000 });
  await matePage.getByRole("link", { name: "Messages (1 unread)" }).click();
  await expect(matePage).toHaveURL(/\/app\/messages$/);
  const message = matePage.getByTestId("message").first();
  await expect(message).toContainText(`Invitation to join ${thirdTenant.tenantName}`);
  await expect(message).toHaveAttribute("data-read", "false");
  await shot(matePage, "messages");
  await message.getByRole("button", { name: /unread, mark as read/ }).click();
  await expect(message).toHaveAttribute("data-read", "true");
  await expect(badge).toHaveAttribute("data-count", "0");

  await mateContext.close();
});

test("owner removes a member and transfers ownership (confirmed as irreversible); as admin they may invite users only", async ({
  page,
  request,
}) => {
  const ownerName = uniqueName("Olga");
  const owner = await apiSignupVerified(request, {
    email: uniqueEmail("olga"),
    displayName: `${ownerName} Owner`,
  });
  const tenant = owner.memberships[0];
  if (!tenant) throw new Error("no personal tenant");
  const asOwner = asMember(owner, tenant.tenantId);

  // Two teammates join through invitation links, without the UI.
  const joined: Array<{ email: string; displayName: string }> = [];
  for (const base of ["Bob", "Cleo"]) {
    const teammate = { email: uniqueEmail(base.toLowerCase()), displayName: `${uniqueName(base)} Member` };
    await apiInvite(request, asOwner, teammate.email);
    const mail = await waitForEmail(request, teammate.email, "invitation");
    const invitationToken = new URLSearchParams(linkIn(mail.text, "/invite").split("?")[1]).get("token");
    await apiSignup(request, { ...teammate, invitationToken: invitationToken ?? "" });
    joined.push(teammate);
  }
  const [bob, cleo] = joined as [(typeof joined)[0], (typeof joined)[0]];

  await page.goto("/login");
  await submitLogin(page, owner.user.email);
  await openAppPage(page, "Team");

  // Remove Cleo.
  await page.getByRole("button", { name: `Actions for ${cleo.displayName}` }).click();
  await page.getByRole("menuitem", { name: "Remove from team" }).click();
  const removeDialog = page.getByRole("dialog", { name: "Remove member" });
  await expect(removeDialog).toContainText(cleo.email);
  await removeDialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId(`member-${cleo.email}`)).toHaveCount(0);

  // Transfer ownership to Bob.
  await page.getByRole("button", { name: `Actions for ${bob.displayName}` }).click();
  await page.getByRole("menuitem", { name: "Transfer ownership" }).click();
  const transferDialog = page.getByRole("dialog", { name: "Transfer ownership" });
  await expect(transferDialog).toContainText("irreversible");
  await shot(page, "team-transfer-dialog");
  await transferDialog.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(transferDialog).toBeHidden();
  await expect(page.getByTestId(`member-${bob.email}`)).toContainText("Owner");
  await expect(page.getByTestId(`member-${owner.user.email}`)).toContainText("Admin");

  // Now an admin: no role selects, no actions on the owner, and invitations for users only.
  await expect(page.getByLabel(`Role of ${bob.displayName}`)).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Actions for ${bob.displayName}` })).toHaveCount(0);
  await page.getByRole("button", { name: "Invite member" }).click();
  const inviteDialog = page.getByRole("dialog", { name: "Invite a member" });
  await inviteDialog.getByLabel("Role").click();
  await expect(page.getByRole("option")).toHaveText(["User"]);
});
