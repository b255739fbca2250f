import { describe, expect, it } from "vitest";
import { signUp, signUpVerified } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp({ env: { JOBS_ENABLED: "false" } });

function eventsOf(tenantId: string, type: string) {
  return app().db.webhookEvent.findMany({ where: { tenantId, type }, orderBy: { createdAt: "asc" } });
}

describe("tenancy changes raise webhook events in their transaction", () => {
  it("rename, invite, role change and removal each write one outbox row with a validated payload", async () => {
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const tenant = app().caller({
      authorization: `Bearer ${owner.accessToken}`,
      tenantIdHeader: tenantId,
    }).tenant;
    await tenant.rename({ name: "Webhook Team" });
    const [updated] = await eventsOf(tenantId, "tenant.updated");
    expect(updated?.payload).toMatchObject({
      id: updated?.id,
      type: "tenant.updated",
      tenantId,
      data: { tenant: { id: tenantId, name: "Webhook Team" } },
    });

    await tenant.invite({ email: "invitee@example.test", role: "user" });
    expect((await eventsOf(tenantId, "invitation.sent"))[0]?.payload).toMatchObject({
      data: { email: "invitee@example.test", role: "user" },
    });

    const member = await signUp(app());
    await addMember(app().db, member.user.id, tenantId, "user");
    await tenant.changeRole({ userId: member.user.id, role: "admin" });
    expect((await eventsOf(tenantId, "member.role_changed"))[0]?.payload).toMatchObject({
      data: { userId: member.user.id, from: "user", to: "admin" },
    });
    await tenant.removeMember({ userId: member.user.id });
    expect((await eventsOf(tenantId, "member.removed"))[0]?.payload).toMatchObject({
      data: { userId: member.user.id, role: "admin", reason: "removed" },
    });
  });

  it("a refused change raises nothing", async () => {
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const tenant = app().caller({
      authorization: `Bearer ${owner.accessToken}`,
      tenantIdHeader: tenantId,
    }).tenant;
    await expect(tenant.removeMember({ userId: owner.user.id })).rejects.toThrow();
    expect(await eventsOf(tenantId, "member.removed")).toHaveLength(0);
  });
});
