import { expect, test } from "@playwright/test";
import {
  apiLogin,
  apiSignup,
  logInUi,
  openAppPage,
  shot,
  submitLogin,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";

test("signing out other sessions from a second browser sends the first one to the login page", async ({
  browser,
  page,
  request,
}) => {
  const email = uniqueEmail("two-devices");
  await apiSignup(request, { email, displayName: `${uniqueName("Dana")} Devices` });

  await logInUi(page, email);
  await openAppPage(page, "Team");
  await expect(page.getByTestId(`member-${email}`)).toBeVisible();

  const laptop = await browser.newContext();
  const second = await laptop.newPage();
  await logInUi(second, email);
  await second.goto("/app/account");
  const sessions = second.getByTestId("sessions-table");
  // Header + three sessions: the API signup's, the first browser's and this one.
  await expect(sessions.getByRole("row")).toHaveCount(4);
  await expect(sessions.locator('[data-current="true"]')).toContainText("This device");
  await shot(second, "account");
  // One session signed out on its own: confirmed by a notification, its row gone.
  await sessions.getByRole("button", { name: "Sign out" }).first().click();
  await expect(second.getByTestId("toast")).toContainText("Session signed out");
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await second.getByRole("button", { name: "Sign out all other sessions" }).click();
  await expect(second.getByTestId("others-signed-out")).toBeVisible();
  await expect(sessions.getByRole("row")).toHaveCount(2);

  // The first browser's next call is refused, its refresh too: it lands on the login page.
  await openAppPage(page, "Account");
  await expect(page).toHaveURL(/\/login\?next=%2Fapp%2Faccount$/);
  await expect(page.getByText("You were signed out")).toBeVisible();
  await shot(page, "login-session-ended");
  expect(await page.evaluate(() => localStorage.getItem("baseplate.refreshToken"))).toBeNull();

  // Logging in again returns to where the user was going.
  await submitLogin(page, email);
  await expect(page).toHaveURL(/\/app\/account$/);
  await laptop.close();
});

test("a session revoked through the API (logout elsewhere) ends at the login page on reload", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("revoked");
  await apiSignup(request, { email, displayName: `${uniqueName("Rex")} Revoked` });
  await logInUi(page, email);
  const browserRefreshToken = await page.evaluate(() => localStorage.getItem("baseplate.refreshToken"));
  expect(browserRefreshToken).toMatch(/^rt_/);

  // From another client: log out, naming the browser's refresh token, which revokes that session too.
  const other = await apiLogin(request, email);
  const logout = await request.post("/api/v1/auth/logout", {
    data: { refreshToken: browserRefreshToken },
    headers: { Authorization: `Bearer ${other.accessToken}` },
  });
  expect(logout.ok(), await logout.text()).toBe(true);

  await page.reload();
  await expect(page).toHaveURL(/\/login\?next=%2Fapp$/);
  await expect(page.getByText("You were signed out")).toBeVisible();
});

test("a reload keeps the user signed in; a refused access token is refreshed once and the calls retried", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("refresh");
  await apiSignup(request, { email, displayName: `${uniqueName("Ray")} Refresh` });
  await logInUi(page, email);

  const refreshes: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/trpc/auth.refresh")) refreshes.push(r.url());
  });

  // Reload: the access token (memory only) is gone; the stored refresh token brings the session back.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("current-tenant")).toBeVisible();
  expect(refreshes).toHaveLength(1);

  // Make the server see a bad access token (as if it had expired) until the client refreshes.
  let corrupted = 0;
  let refreshed = false;
  await page.route("**/trpc/**", async (route) => {
    const url = route.request().url();
    if (url.includes("auth.refresh")) refreshed = true;
    const headers = route.request().headers();
    if (!refreshed && headers.authorization) {
      corrupted++;
      await route.continue({ headers: { ...headers, authorization: "Bearer expired.access.token" } });
    } else await route.continue();
  });

  // The team page fires several tenant calls at once: all get 401, one refresh serves them all.
  await openAppPage(page, "Team");
  await expect(page.getByTestId(`member-${email}`)).toBeVisible();
  await openAppPage(page, "Account");
  await expect(page.getByTestId("sessions-table")).toBeVisible();
  expect(corrupted).toBeGreaterThan(0);
  expect(refreshes).toHaveLength(2);
  await expect(page).toHaveURL(/\/app\/account$/);
});
