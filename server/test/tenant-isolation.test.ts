import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { documentedProcedures, tenantScopedProcedurePaths } from "../src/trpc/openapi/procedures.js";
import { appRouter } from "../src/trpc/router.js";
import { callerWith, signUp, signUpVerified, uniqueEmail } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

/**
 * Every procedure that acts inside the tenant named by X-Tenant-ID: the tenant step of the ladder
 * marks what is built on it (tenantProcedure, roleProcedure), so nothing needs to declare it.
 */
const tenantScoped = tenantScopedProcedurePaths();

/** A valid input for each; a new tenant-scoped procedure fails the sweep until it is listed here. */
function sampleInput(path: string, victim: { id: string }): unknown {
  const inputs: Record<string, unknown> = {
    "tenant.members": undefined,
    "tenant.changeRole": { userId: victim.id, role: "user" },
    "tenant.removeMember": { userId: victim.id },
    "tenant.transferOwnership": { userId: victim.id },
    "tenant.invite": { email: uniqueEmail(), role: "user" },
    "tenant.invitations": undefined,
    "tenant.revokeInvitation": { invitationId: randomUUID() },
    "tenant.current": undefined,
    "tenant.rename": { name: "Taken over" },
    "tenant.leave": undefined,
    "billing.plans": undefined,
    "billing.bundles": undefined,
    "billing.checkout": { planId: randomUUID(), billingInterval: "month" },
    "billing.checkoutResult": { sessionId: "cs_test_someone_elses" },
    "billing.portal": undefined,
    "billing.cancel": undefined,
    "billing.resume": undefined,
    "billing.status": undefined,
    "billing.publishableKey": undefined,
    "billing.transactions": {},
    "billing.transaction": { id: randomUUID() },
    "credits.balance": undefined,
    "credits.ledger": {},
    "credits.spend": { amount: 1, idempotencyKey: "isolation" },
    "webhooks.eventTypes": undefined,
    "webhooks.list": undefined,
    "webhooks.get": { webhookId: randomUUID() },
    "webhooks.create": { name: "Taken over", url: "https://example.com/hook", events: ["tenant.updated"] },
    "webhooks.update": { webhookId: randomUUID(), name: "Taken over" },
    "webhooks.delete": { webhookId: randomUUID() },
    "webhooks.test": { webhookId: randomUUID() },
    "webhooks.rotateSecret": { webhookId: randomUUID() },
    "webhooks.deliveries": {},
    "webhooks.delivery": { deliveryId: randomUUID() },
    "webhooks.requeue": { deliveryId: randomUUID() },
    "webhooks.resend": { deliveryId: randomUUID() },
    "webhooks.requeueDead": {},
  };
  if (!(path in inputs)) throw new Error(`tenant isolation sweep: add a sample input for ${path}`);
  return inputs[path];
}

async function snapshot(tenantId: string) {
  const db = app().db;
  return {
    tenant: await db.tenant.findUniqueOrThrow({ where: { id: tenantId } }),
    members: await db.membership.findMany({ where: { tenantId }, orderBy: { userId: "asc" } }),
    invitations: await db.invitation.findMany({ where: { tenantId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count({ where: { tenantId } }),
    billing: await db.billingCustomer.findMany({
      where: { tenantId },
      include: { ledger: true, transactions: true },
    }),
    webhooks: await db.webhookEndpoint.findMany({ where: { tenantId }, include: { deliveries: true } }),
  };
}

async function call(caller: ReturnType<TestAppCaller>, path: string, input: unknown) {
  // biome-ignore lint/suspicious/noExplicitAny: the sweep calls every procedure by its path.
  const procedure = path.split(".").reduce((at: any, key) => at[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}
type TestAppCaller = ReturnType<typeof app>["caller"];

describe("tenant isolation", () => {
  it("finds every procedure built on the tenant step: all of tenant.* but tenant.create, billing.*, credits.*, webhooks.*, nothing else", () => {
    const all = Object.keys(appRouter._def.procedures);
    const tenantNamespace = all.filter(
      (path) =>
        (path.startsWith("tenant.") && path !== "tenant.create") ||
        /^(billing|credits|webhooks)\./.test(path),
    );
    expect(tenantScoped).toEqual(
      expect.arrayContaining(["tenant.members", "tenant.invite", "tenant.invitations"]),
    );
    expect(tenantScoped).toEqual(tenantNamespace.sort());
  });

  it("the OpenAPI document declares X-Tenant-ID on exactly those operations", async () => {
    const document = await json(await app().http("/api/openapi.json"));
    const withHeader = Object.values<Json>(document.paths)
      .flatMap((item) => Object.values<Json>(item))
      .filter((operation) =>
        (operation.parameters ?? []).some(
          (p: Json) =>
            p.$ref === "#/components/parameters/TenantId" || p.name?.toLowerCase() === "x-tenant-id",
        ),
      )
      .map((operation) => operation.operationId)
      .sort();
    // Plus the hand-written tenant routes (binary responses) the generator cannot see.
    const expected = documentedProcedures()
      .filter((procedure) => tenantScoped.includes(procedure.path))
      .map((procedure) => procedure.operationId)
      .concat(["billing-transactionPdf"])
      .sort();
    expect(withHeader).toEqual(expected);
    expect(document.components.parameters.TenantId).toMatchObject({ name: "X-Tenant-ID", required: false });
  });

  it("a member of tenant A can read or change nothing of tenant B through any tenant-scoped procedure", async () => {
    const attacker = await signUp(app(), { displayName: "Mallory Attacker" });
    const victimOwner = await signUpVerified(app(), { displayName: "Victor Victim" });
    const victimTenant = victimOwner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const victimMember = await signUp(app());
    await app()
      .caller({ authorization: `Bearer ${victimOwner.accessToken}`, tenantIdHeader: victimTenant })
      .tenant.invite({ email: victimMember.user.email, role: "user" });
    await app()
      .caller({ authorization: `Bearer ${victimOwner.accessToken}`, tenantIdHeader: victimTenant })
      .webhooks.create({
        name: "Victim hook",
        url: "https://example.com/victim",
        events: ["tenant.updated"],
      });
    const before = await snapshot(victimTenant);
    expect(before.webhooks).toHaveLength(1);

    for (const path of tenantScoped) {
      for (const tenantIdHeader of [victimTenant, randomUUID()]) {
        const caller = app().caller({ authorization: `Bearer ${attacker.accessToken}`, tenantIdHeader });
        await expect(call(caller, path, sampleInput(path, victimOwner.user)), path).rejects.toMatchObject({
          code: "FORBIDDEN",
          message: "You do not have access to this tenant",
        });
      }
    }
    expect(await snapshot(victimTenant)).toEqual(before);
  });

  it("holds over REST too, with the same answer for an existing and a made-up tenant", async () => {
    const attacker = await signUp(app());
    const victim = await signUp(app());
    const victimTenant = victim.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const before = await snapshot(victimTenant);
    const bodies = new Set<string>();
    for (const tenant of [victimTenant, randomUUID()]) {
      const response = await app().http(`/api/v1/tenant/members/${victim.user.id}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${attacker.accessToken}`, "X-Tenant-ID": tenant },
      });
      expect(response.status).toBe(403);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    expect(await snapshot(victimTenant)).toEqual(before);
  });

  it("rejects a deactivated tenant on its members' next call", async () => {
    const owner = await signUp(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const caller = app().caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId });
    await expect(caller.tenant.members()).resolves.toBeTruthy();
    await app().db.tenant.update({ where: { id: tenantId }, data: { isActive: false } });
    await expect(caller.tenant.members()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      (await callerWith(app(), owner.accessToken).auth.me()).memberships.map((m) => m.tenantId),
    ).not.toContain(tenantId);
  });
});
