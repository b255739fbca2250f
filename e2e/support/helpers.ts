import { mkdirSync } from "node:fs";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { OPERATOR } from "./operator.js";

export const PASSWORD = "Correct-horse-7";

/** A fresh address per call, so specs never share accounts (and per-email limits never collide). */
export function uniqueEmail(prefix: string): string {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return `${prefix}-${suffix}@e2e.baseplate.test`;
}

/** A first name no other spec uses ("Ada" → "Adakq3v"), so personal tenant names stay distinct. */
export function uniqueName(base: string): string {
  return `${base}${Math.random().toString(36).slice(2, 6)}`;
}

export const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? "/tmp/shots";

/** Full-page screenshot into /tmp/shots/<name>-<viewport width>.png, for looking at every page. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({
    path: `${SHOTS_DIR}/${name}-${width}.png`,
    fullPage: true,
    animations: "disabled",
  });
}

export interface AuthResult {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; displayName: string; emailVerified: boolean };
  memberships: Array<{ tenantId: string; tenantName: string; role: string; isRoot: boolean }>;
}

async function postJson<T>(
  request: APIRequestContext,
  path: string,
  data: unknown,
  token?: string,
): Promise<T> {
  const response = await request.post(path, {
    data,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await response.json();
  expect(response.ok(), `${path}: ${JSON.stringify(body)}`).toBe(true);
  return body as T;
}

export function apiSignup(
  request: APIRequestContext,
  account: { email: string; displayName: string; password?: string; invitationToken?: string },
): Promise<AuthResult> {
  return postJson(request, "/api/v1/auth/signup", { password: PASSWORD, ...account });
}

export function apiLogin(
  request: APIRequestContext,
  email: string,
  password = PASSWORD,
): Promise<AuthResult> {
  return postJson(request, "/api/v1/auth/login", { email, password });
}

export async function operatorToken(request: APIRequestContext): Promise<string> {
  return (await apiLogin(request, OPERATOR.email, OPERATOR.password)).accessToken;
}

export interface CapturedEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** Waits for the newest email of `kind` to `to` in the dev mailbox (read as the operator, over REST). */
export async function waitForEmail(
  request: APIRequestContext,
  to: string,
  kind: string,
): Promise<CapturedEmail> {
  const token = await operatorToken(request);
  let found: CapturedEmail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get("/api/v1/admin/dev-mailbox", {
          headers: { Authorization: `Bearer ${token}` },
        });
        const { emails } = (await response.json()) as { emails: CapturedEmail[] };
        found = emails.find((email) => email.to === to && email.kind === kind);
        return found !== undefined;
      },
      { message: `a "${kind}" email to ${to}`, timeout: 10_000 },
    )
    .toBe(true);
  return found as CapturedEmail;
}

/** Confirms `email` through the link of its verification email, over REST (invitations need it). */
export async function apiVerifyEmail(request: APIRequestContext, email: string): Promise<void> {
  const mail = await waitForEmail(request, email, "verify_email");
  const token = new URL(linkIn(mail.text, "/verify-email"), "http://x").searchParams.get("token");
  await postJson(request, "/api/v1/auth/verify-email", { token });
}

/** Signs up over REST and verifies the address, so the account may invite people. */
export async function apiSignupVerified(
  request: APIRequestContext,
  account: { email: string; displayName: string },
): Promise<AuthResult> {
  const auth = await apiSignup(request, account);
  await apiVerifyEmail(request, account.email);
  return auth;
}

/** Signs up (verified) over REST, invites the new `member` who signs up from the link; both results. */
export async function apiTeamWithMember(
  request: APIRequestContext,
  owner: { email: string; displayName: string },
  member: { email: string; displayName: string },
  role: "admin" | "user" = "user",
): Promise<{ owner: AuthResult; member: AuthResult; tenantId: string }> {
  const ownerAuth = await apiSignupVerified(request, owner);
  const tenantId = ownerAuth.memberships[0]?.tenantId;
  if (!tenantId) throw new Error("no personal team");
  await apiInvite(request, asMember(ownerAuth, tenantId), member.email, role);
  const mail = await waitForEmail(request, member.email, "invitation");
  const invitationToken = new URL(linkIn(mail.text, "/invite"), "http://x").searchParams.get("token") ?? "";
  const memberAuth = await apiSignup(request, { ...member, invitationToken });
  return { owner: ownerAuth, member: memberAuth, tenantId };
}

/** The in-app path (path + query) of the first link in `text` that points at `pathname`. */
export function linkIn(text: string, pathname: string): string {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === pathname) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no ${pathname} link in:\n${text}`);
}

/** Fills and sends the login form of the page that is open (whatever its `next`); asserts nothing. */
export async function submitLogin(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logInUi(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, email, password);
  await expect(page).toHaveURL(/\/app$/);
}

/** Follows a link of the app's navbar ("Team", "Account", ...). */
export async function openAppPage(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "App navigation" }).getByRole("link", { name }).click();
}

/** Headers of a call made as `auth`'s user in one of their tenants. */
export function asMember(auth: Pick<AuthResult, "accessToken">, tenantId: string): Record<string, string> {
  return { Authorization: `Bearer ${auth.accessToken}`, "X-Tenant-ID": tenantId };
}

/** Invites `email` to the tenant over REST, as a member allowed to. */
export async function apiInvite(
  request: APIRequestContext,
  headers: Record<string, string>,
  email: string,
  role: "admin" | "user" = "user",
): Promise<void> {
  const sent = await request.post("/api/v1/tenant/invitations", { data: { email, role }, headers });
  expect(sent.ok(), await sent.text()).toBe(true);
}

/**
 * Holds every request matching `url` until `release()` is called, then refuses it as if the server
 * were down: the page shows its loading state first, then its error state.
 */
export async function holdThenRefuse(page: Page, url: string | ((url: URL) => boolean)): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.abort("connectionrefused");
  });
  return release;
}

interface SignupAccount {
  email: string;
  displayName: string;
  password?: string;
}

/** Opens /signup, fills and sends the form; asserts nothing. */
export async function submitSignup(page: Page, account: SignupAccount): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Display name").fill(account.displayName);
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(account.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signUpUi(page: Page, account: SignupAccount): Promise<void> {
  await submitSignup(page, account);
  await expect(page).toHaveURL(/\/app$/);
}
