import { beforeAll } from "vitest";
import { signUp, signUpVerified } from "./auth.js";
import { addMember } from "./factories.js";
import { latestMailTo, linkIn } from "./mailbox.js";
import { ManualClock } from "./manual-clock.js";
import { useTestApp } from "./test-app.js";

/**
 * One app per file with an operator signed up first (the root owner, who reads the dev mailbox),
 * and the helpers invitation tests share.
 */
export function useInvitationApp() {
  const clock = new ManualClock();
  const app = useTestApp({ clock });
  let operatorToken = "";
  beforeAll(async () => {
    operatorToken = (await signUp(app(), { displayName: "Root Operator" })).accessToken;
  });

  const tenantAs = (token: string, tenantId: string) =>
    app().caller({ authorization: `Bearer ${token}`, tenantIdHeader: tenantId }).tenant;

  /** An owner's personal tenant with an admin and a user. */
  async function team() {
    const owner = await signUpVerified(app(), { displayName: "Olive Owner" });
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    const join = async (role: "admin" | "user") => {
      const person = role === "admin" ? await signUpVerified(app()) : await signUp(app());
      await addMember(app().db, person.user.id, tenantId, role);
      return person;
    };
    const admin = await join("admin");
    const user = await join("user");
    const as = (person: { accessToken: string }) => tenantAs(person.accessToken, tenantId);
    return { tenantId, owner, admin, user, as };
  }

  /** The token of the newest invitation mailed to `to`. */
  async function invitationToken(to: string) {
    const mail = await latestMailTo(app(), operatorToken, to, "invitation");
    return linkIn(mail.text, "/invite").token;
  }

  function inviteOverRest(token: string, tenantId: string, body: object) {
    return app().http("/api/v1/tenant/invitations", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "X-Tenant-ID": tenantId,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    });
  }

  const roleIn = async (tenantId: string, userId: string) =>
    (await app().db.membership.findUnique({ where: { userId_tenantId: { userId, tenantId } } }))?.role ??
    null;

  return {
    app,
    clock,
    operatorToken: () => operatorToken,
    team,
    tenantAs,
    invitationToken,
    inviteOverRest,
    roleIn,
  };
}
