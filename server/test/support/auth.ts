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
