import { expect, test } from "@playwright/test";
import {
  apiLogin,
  apiSignup,
  logInUi,
  shot,
  submitLogin,
  uniqueEmail,
  uniqueName,
} from "../support/helpers.js";

test("a signed-out visit to /app/team goes to the login page and back after signing in", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("returning");
  await apiSignup(request, { email, displayName: `${uniqueName("Rita")} Return` });
  await page.goto("/app/team?tab=members");
  await expect(page).toHaveURL(/\/login\?next=%2Fapp%2Fteam%3Ftab%3Dmembers$/);
  await submitLogin(page, email);
  await expect(page).toHaveURL(/\/app\/team\?tab=members$/);
  await expect(page.getByTestId(`member-${email}`)).toBeVisible();
});

test("the admin console says 'not allowed' to people who are not platform admins", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("not-admin");
  await apiSignup(request, { email, displayName: `${uniqueName("Nora")} Normal` });
  await logInUi(page, email);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await page.getByTestId("user-menu").click();
  await expect(page.getByRole("menuitem", { name: "Admin console" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByTestId("admin-badge")).toHaveCount(0);
  await shot(page, "admin-not-allowed");
  await page.getByRole("link", { name: "Back to the app" }).click();
  await expect(page).toHaveURL(/\/app$/);
});

test("signing out from the account menu ends the session here and on the server", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("leaver");
  await apiSignup(request, { email, displayName: `${uniqueName("Leo")} Leaver` });
  await logInUi(page, email);
  const refreshToken = await page.evaluate(() => localStorage.getItem("baseplate.refreshToken"));
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("You have been signed out.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("baseplate.refreshToken"))).toBeNull();

  const refresh = await request.post("/api/v1/auth/refresh", { data: { refreshToken } });
  expect(refresh.status()).toBe(401);
});

test("Google sign-in's landing page takes the tokens from the fragment, wipes it and opens the app", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("google-like");
  await apiSignup(request, { email, displayName: `${uniqueName("Gil")} Google` });
  const { accessToken, refreshToken } = await apiLogin(request, email);

  // Google is not configured on this server, so the button is not offered.
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in with Google" })).toHaveCount(0);

  await page.goto(`/auth/callback#access_token=${accessToken}&refresh_token=${refreshToken}`);
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("current-tenant")).toBeVisible();
  const history = await page.evaluate(() => window.location.href);
  expect(history).not.toContain("access_token");
  await page.goBack();
  expect(page.url()).not.toContain("access_token");
});
