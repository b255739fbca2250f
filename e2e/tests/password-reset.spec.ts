import { expect, test } from "@playwright/test";
import {
  apiSignup,
  linkIn,
  logInUi,
  PASSWORD,
  shot,
  submitLogin,
  submitSignup,
  uniqueEmail,
  uniqueName,
  waitForEmail,
} from "../support/helpers.js";

const NEW_PASSWORD = "Brand-new-pass-9";

test("forgot password → reset mail → reset page → the new password works, the old one fails", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("forgetful");
  await apiSignup(request, { email, displayName: `${uniqueName("Fern")} Forgetful` });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("forgot-success")).toContainText(email);
  await shot(page, "forgot-password-sent");

  const mail = await waitForEmail(request, email, "reset_password");
  await page.goto(linkIn(mail.text, "/reset-password"));
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("textbox", { name: "Repeat new password" }).fill("Something-else-1");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("The passwords do not match")).toBeVisible();
  await page.getByRole("textbox", { name: "Repeat new password" }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("reset-success")).toBeVisible();
  await shot(page, "reset-password-done");

  // The link works once: opened again, it says so before any password is typed.
  await page.goto(linkIn(mail.text, "/reset-password"));
  await expect(page.getByTestId("reset-link-dead")).toHaveText(
    "This reset link has expired or was already used. Reset links work once, for 1 hour.",
  );
  await expect(page.getByRole("textbox", { name: "New password", exact: true })).toHaveCount(0);
  await shot(page, "reset-link-spent");
  await page.getByRole("link", { name: "Request a new link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  // Old password: refused with a clear message. New password: in.
  await page.goto("/login");
  await submitLogin(page, email, PASSWORD);
  await expect(page.getByTestId("login-error")).toHaveText("Incorrect email or password.");
  await logInUi(page, email, NEW_PASSWORD);
});

test("signup checks its fields before sending: empty fields, a bad address, the password policy", async ({
  page,
}) => {
  const signups: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("auth.signup")) signups.push(r.url());
  });
  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await expect(page.getByText("Enter an email address")).toBeVisible();
  await expect(page.getByText("Choose a password")).toBeVisible();

  await submitSignup(page, { displayName: "Policy Tester", email: "not-an-address", password: "short" });
  await expect(page.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await shot(page, "signup-policy-error");
  await expect(page).toHaveURL(/\/signup$/);
  expect(signups).toHaveLength(0);
});

test("five wrong passwords lock the login with a wait time", async ({ page }) => {
  const email = uniqueEmail("locked");
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  const password = page.getByRole("textbox", { name: "Password", exact: true });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await password.fill(`Wrong-pass-${attempt}`);
    const answered = page.waitForResponse((response) => response.url().includes("auth.login"));
    await page.getByRole("button", { name: "Log in" }).click();
    await answered;
    await expect(page.getByTestId("login-error")).toHaveText("Incorrect email or password.");
  }
  await password.fill("Wrong-pass-6");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    /^Too many attempts\. Try again in 1[45] minutes\.$/,
  );
  await shot(page, "login-locked");
});
