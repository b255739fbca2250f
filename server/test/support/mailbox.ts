import { expect } from "vitest";
import { callerWith } from "./auth.js";
import type { TestApp } from "./test-app.js";

/**
 * Reads the dev mailbox (no SMTP configured) through the admin API, as the platform operator —
 * the first account of a fresh database.
 */
export async function latestMailTo(app: TestApp, operatorToken: string, to: string, kind?: string) {
  const { emails } = await callerWith(app, operatorToken).admin.devMailbox();
  const mail = emails.find((email) => email.to === to && (!kind || email.kind === kind));
  expect(mail, `no ${kind ?? ""} mail to ${to}`).toBeDefined();
  return mail as NonNullable<typeof mail>;
}

/** The first link in a mail body that points at `path`, and its `token` parameter. */
export function linkIn(text: string, path: string): { url: URL; token: string } {
  const raw = text.match(/https?:\/\/[^\s<>"]+/g)?.find((link) => new URL(link).pathname === path);
  expect(raw, `no ${path} link in: ${text}`).toBeDefined();
  const url = new URL(raw as string);
  return { url, token: url.searchParams.get("token") ?? "" };
}
