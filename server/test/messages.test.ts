import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerWith, signUp, signUpVerified } from "./support/auth.js";
import { json } from "./support/json.js";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";

const clock = new ManualClock();
const app = useTestApp({ clock });

/** Messages come from real events: each invitation of an existing user creates one. */
async function inviteeWithMessages(count: number) {
  const invitee = await signUp(app(), { displayName: "Ivy Invitee" });
  for (let index = 0; index < count; index += 1) {
    const owner = await signUpVerified(app(), { displayName: `Owner${index} Person` });
    const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
    await app()
      .caller({ authorization: `Bearer ${owner.accessToken}`, tenantIdHeader: tenantId })
      .tenant.invite({ email: invitee.user.email, role: "user" });
    clock.advance(1000);
  }
  return invitee;
}

describe("messages", () => {
  it("lists the caller's messages newest first and counts unread ones", async () => {
    const invitee = await inviteeWithMessages(3);
    const messages = callerWith(app(), invitee.accessToken).messages;
    const { messages: list } = await messages.list();
    expect(list.map((m) => m.title)).toEqual([
      "Invitation to join Owner2's Team",
      "Invitation to join Owner1's Team",
      "Invitation to join Owner0's Team",
    ]);
    expect(await messages.unreadCount()).toEqual({ count: 3 });
  });

  it("marks one read, for its owner only; anyone else gets the same 404 as for a missing id", async () => {
    const invitee = await inviteeWithMessages(2);
    const mine = callerWith(app(), invitee.accessToken).messages;
    const [newest] = (await mine.list()).messages;
    const other = await signUp(app());
    const asOther = (id: string) =>
      app().http(`/api/v1/messages/${id}/read`, {
        method: "PATCH",
        headers: { Authorization: `Bearer ${other.accessToken}` },
      });
    const foreign = await asOther(newest?.id ?? "");
    const missing = await asOther(randomUUID());
    expect(foreign.status).toBe(404);
    expect(await json(foreign)).toEqual(await json(missing));
    expect(await mine.unreadCount()).toEqual({ count: 2 });

    await expect(mine.markRead({ messageId: newest?.id ?? "" })).resolves.toEqual({
      message: "Marked as read",
    });
    expect(await mine.unreadCount()).toEqual({ count: 1 });
    expect((await mine.list()).messages.map((m) => m.isRead)).toEqual([true, false]);
  });

  it("serves the seed's REST shapes", async () => {
    const invitee = await inviteeWithMessages(1);
    const headers = { Authorization: `Bearer ${invitee.accessToken}` };
    const count = await app().http("/api/v1/messages/unread-count", { headers });
    expect(await json(count)).toEqual({ count: 1 });
    const list = await json(await app().http("/api/v1/messages", { headers }));
    expect(list.messages[0]).toMatchObject({ type: "invitation", isRead: false, userId: invitee.user.id });
  });

  it("marks all of the caller's messages read, and only theirs", async () => {
    const invitee = await inviteeWithMessages(3);
    const bystander = await inviteeWithMessages(1);
    const mine = callerWith(app(), invitee.accessToken).messages;
    const [newest] = (await mine.list()).messages;
    await mine.markRead({ messageId: newest?.id ?? "" });
    const response = await app().http("/api/v1/messages/read-all", {
      method: "POST",
      headers: { Authorization: `Bearer ${invitee.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ message: "2 messages marked as read", count: 2 });
    expect(await mine.unreadCount()).toEqual({ count: 0 });
    await expect(mine.markAllRead()).resolves.toEqual({ message: "0 messages marked as read", count: 0 });
    expect(await callerWith(app(), bystander.accessToken).messages.unreadCount()).toEqual({ count: 1 });
  });

  it("requires a signed-in user", async () => {
    expect((await app().http("/api/v1/messages")).status).toBe(401);
  });
});
