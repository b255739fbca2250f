import { randomBytes } from "node:crypto";
import type { TestApp } from "./test-app.js";

export const PASSWORD = "secureP@ss1";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/** Signs up through the public API; returns the tokens and profile. */
export function signUp(
  app: TestApp,
  overrides: { email?: string; displayName?: string; password?: string } = {},
) {
  return app.caller().auth.signup({
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? PASSWORD,
    displayName: overrides.displayName ?? "Jane Doe",
  });
}

/** A caller acting with this access token. */
export function callerWith(app: TestApp, accessToken: string) {
  return app.caller({ authorization: `Bearer ${accessToken}` });
}

/**
 * Signs up and marks the address verified (as the emailed link would), for accounts that send
 * mail in their name: inviting needs a verified address.
 */
export async function signUpVerified(
  app: TestApp,
  overrides: { email?: string; displayName?: string; password?: string } = {},
) {
  const account = await signUp(app, overrides);
  await app.db.user.update({ where: { id: account.user.id }, data: { emailVerifiedAt: new Date() } });
  return { ...account, user: { ...account.user, emailVerified: true } };
}
