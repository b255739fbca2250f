import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, signUpVerified, uniqueEmail } from "./support/auth.js";
import { addMember } from "./support/factories.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

async function trail(where: { userId?: string; tenantId?: string }) {
  const rows = await app().db.auditLog.findMany({ where, orderBy: { createdAt: "asc" } });
  return rows.map((row) => `${row.action}:${row.severity}`);
}

describe("audit trail", () => {
  it("records account events with severity", async () => {
    const email = uniqueEmail();
    const person = await signUp(app(), { email });
    await expect(app().caller().auth.login({ email, password: "wrong-password-1" })).rejects.toBeTruthy();
    await app().caller().auth.login({ email, password: PASSWORD });
    await callerWith(app(), person.accessToken).auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: "an0ther-Password",
    });
    expect(await trail({ userId: person.user.id })).toEqual(
      expect.arrayContaining(["auth.signup:low", "auth.login:low", "auth.password_changed:high"]),
    );
    const failures = await app().db.auditLog.findMany({ where: { action: "auth.login_failed" } });
    expect(failures.some((row) => JSON.stringify(row.metadata).includes(email))).toBe(true);
  });

  it("records team events in the tenant, with the actor", async () => {
    const owner = await signUpVerified(app());
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const [admin, user] = [await signUp(app()), await signUp(app())];
    await addMember(app().db, admin.user.id, tenantId, "admin");
    await addMember(app().db, user.user.id, tenantId, "user");
    const tenant = app().caller({
      authorization: `Bearer ${owner.accessToken}`,
      tenantIdHeader: tenantId,
    }).tenant;
    await tenant.invite({ email: uniqueEmail(), role: "user" });
    await tenant.changeRole({ userId: user.user.id, role: "admin" });
    await tenant.removeMember({ userId: user.user.id });
    await tenant.transferOwnership({ userId: admin.user.id });
    expect(await trail({ tenantId })).toEqual([
      "auth.signup:low",
      "tenancy.invitation_sent:low",
      "tenancy.role_changed:high",
      "tenancy.member_removed:high",
      "tenancy.ownership_transferred:critical",
    ]);
  });
});
