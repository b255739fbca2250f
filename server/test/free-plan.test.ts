import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUpVerified, uniqueEmail } from "./support/auth.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

async function freePlan() {
  return app().db.plan.findFirstOrThrow({ where: { name: "Free", isSystem: true } });
}

describe("the system Free plan", () => {
  it("exists from the first start, and every new team is on it", async () => {
    const free = await freePlan();
    expect(free.isSystem).toBe(true);
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const tenant = await app().db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    expect(tenant.planId).toBe(free.id);
  });

  it("sets the seat limit of teams on it: a limit on Free applies to them", async () => {
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const free = await freePlan();
    await app().db.plan.update({ where: { id: free.id }, data: { userLimit: 2 } });
    try {
      const invite = (email: string) =>
        app()
          .caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId })
          .tenant.invite({ email, role: "user" });
      await invite(uniqueEmail());
      await expect(invite(uniqueEmail())).rejects.toMatchObject({ code: "PAYMENT_REQUIRED" });
    } finally {
      await app().db.plan.update({ where: { id: free.id }, data: { userLimit: 0 } });
    }
  });

  it("cannot be deleted, nor can any plan a team is on", async () => {
    const free = await freePlan();
    await expect(app().db.plan.delete({ where: { id: free.id } })).rejects.toMatchObject({ code: "P2003" });
    const plan = await app().db.plan.create({ data: { name: `Team-${randomUUID()}`, userLimit: 5 } });
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    await app().db.tenant.update({ where: { id: tenantId }, data: { planId: plan.id } });
    await expect(app().db.plan.delete({ where: { id: plan.id } })).rejects.toMatchObject({ code: "P2003" });
    expect((await app().db.tenant.findUniqueOrThrow({ where: { id: tenantId } })).planId).toBe(plan.id);
  });
});
