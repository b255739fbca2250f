import { createHmac } from "node:crypto";
import { signUpVerified } from "./auth.js";
import { type Json, json } from "./json.js";
import type { TestApp } from "./test-app.js";

export interface Answer {
  status: number;
  body: Json;
}

/** REST calls as one tenant's owner (or with any token and tenant header). */
export function restAs(app: TestApp, token: string, tenantId?: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await app.http(`/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(tenantId ? { "X-Tenant-ID": tenantId } : {}),
        ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await json(response) };
  };
}

/** Several calls in one tRPC HTTP batch (run concurrently by the server); each call's result or error. */
export async function trpcBatchAs(
  app: TestApp,
  token: string,
  tenantId: string,
  calls: { path: string; input: unknown }[],
): Promise<{ result?: { data: Json }; error?: { data: { httpStatus: number } } }[]> {
  const response = await app.http(`/trpc/${calls.map((call) => call.path).join(",")}?batch=1`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "X-Tenant-ID": tenantId,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(Object.fromEntries(calls.map((call, index) => [String(index), call.input]))),
  });
  return json(response);
}

/** A verified owner of a fresh team: REST and tRPC as them, in their team. */
export async function teamOwner(app: TestApp) {
  const account = await signUpVerified(app);
  const tenantId = account.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  const caller = app.caller({ authorization: `Bearer ${account.accessToken}`, tenantIdHeader: tenantId });
  return { account, tenantId, caller, rest: restAs(app, account.accessToken, tenantId) };
}

/** The seed's X-Webhook-Signature: HMAC-SHA256 hex of the exact body, keyed with the whole secret. */
export function seedSignature(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}
