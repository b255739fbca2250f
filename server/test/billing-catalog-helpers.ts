import { randomBytes } from "node:crypto";
import { signUpVerified } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { type Json, json } from "./support/json.js";
import type { TestApp } from "./support/test-app.js";

/** Shared by the billing-catalog*.test.ts files (not a test file itself). */

export function uniqueName(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString("hex")}`;
}

/** A root-tenant admin (the first account of a fresh database owns the root tenant; others are added). */
export async function signUpPlatformAdmin(app: TestApp) {
  const account = await signUpVerified(app, { displayName: "Platform Admin" });
  let root = account.memberships.find((m) => m.isRoot);
  if (!root) {
    const tenant = await app.db.tenant.findFirstOrThrow({ where: { isRoot: true } });
    await addMember(app.db, account.user.id, tenant.id, "admin");
    root = {
      tenantId: tenant.id,
      tenantName: tenant.name,
      tenantSlug: tenant.slug,
      role: "admin",
      isRoot: true,
    };
  }
  const team = account.memberships.find((m) => !m.isRoot);
  return { ...account, rootTenantId: root.tenantId, teamTenantId: team?.tenantId ?? "" };
}

export interface RestResult {
  status: number;
  body: Json;
}

/** REST over HTTP as a client would call it: bearer token, optional X-Tenant-ID, JSON body. */
export function restClient(app: TestApp, token: string | null, tenantId?: string) {
  return async (method: string, path: string, body?: unknown): Promise<RestResult> => {
    const response = await app.http(`/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(tenantId ? { "X-Tenant-ID": tenantId } : {}),
        ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await json(response) };
  };
}

/** Several calls of one procedure in a single tRPC HTTP batch; returns each call's HTTP status. */
export async function trpcBatch(app: TestApp, token: string, path: string, inputs: unknown[]) {
  const response = await app.http(`/trpc/${inputs.map(() => path).join(",")}?batch=1`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(Object.fromEntries(inputs.map((input, index) => [String(index), input]))),
  });
  const results = (await json(response)) as { result?: unknown; error?: { data: { httpStatus: number } } }[];
  return results.map((result) => (result.error ? result.error.data.httpStatus : 200));
}

/** The seed's plan-create example, under a unique name. */
export function enterprise(overrides: Record<string, unknown> = {}) {
  return {
    name: uniqueName("Enterprise"),
    description: "For large teams",
    monthlyPriceCents: 9900,
    annualDiscountPct: 25,
    usageCreditsPerMonth: 5000,
    creditResetPolicy: "accrue",
    bonusCredits: 1000,
    userLimit: 0,
    entitlements: { feature_x: { type: "bool", boolValue: true, description: "Enable feature X" } },
    ...overrides,
  };
}

/** Everything a refused plan request must leave as it was: the plans and the billing audit trail. */
export async function catalogSnapshot(app: TestApp) {
  const plans = await app.db.plan.findMany({ orderBy: { id: "asc" } });
  const audit = await app.db.auditLog.count({ where: { action: { startsWith: "billing." } } });
  return { plans, audit };
}
