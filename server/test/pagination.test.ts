import { describe, expect, it } from "vitest";
import { callerWith, PASSWORD, signUp, signUpVerified, uniqueEmail } from "./support/auth.js";
import { createUser } from "./support/factories.js";
import { json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

const app = useTestApp();

type Page<T> = { items: T[]; nextCursor: string | null };

/** Follows nextCursor to the end; every page holds at most `limit` items. */
async function walk<T>(limit: number, read: (cursor: string | undefined) => Promise<Page<T>>) {
  const all: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await read(cursor);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { all, pages };
}

async function ownerWithTeam(extraMembers: number) {
  const owner = await signUpVerified(app(), { displayName: "Paula Pager" });
  const tenantId = owner.memberships.find((m) => !m.isRoot)?.tenantId ?? "";
  // Several members joined in the same millisecond: the user id breaks the tie.
  const joinedAt = new Date(Date.now() + 1000);
  for (let index = 0; index < extraMembers; index += 1) {
    const user = await createUser(app().db);
    await app().db.membership.create({
      data: { userId: user.id, tenantId, role: "user", createdAt: joinedAt },
    });
  }
  const tenant = app().caller({
    authorization: `Bearer ${owner.accessToken}`,
    tenantIdHeader: tenantId,
  }).tenant;
  return { owner, tenantId, tenant };
}

function get(token: string, path: string, tenantId?: string) {
  return app().http(`/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}`, ...(tenantId ? { "X-Tenant-ID": tenantId } : {}) },
  });
}

async function expectBadPageParams(token: string, path: string, tenantId?: string) {
  const forged = Buffer.from(JSON.stringify([7, new Date().toISOString(), crypto.randomUUID()])).toString(
    "base64url",
  );
  for (const [query, field] of [
    ["cursor=not-a-cursor", "cursor"],
    [`cursor=${forged}`, "cursor"],
    [`cursor=${Buffer.from("[1,2]").toString("base64url")}`, "cursor"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=2.5", "limit"],
    ["limit=abc", "limit"],
  ] as const) {
    const response = await get(token, `${path}?${query}`, tenantId);
    expect(response.status, `${path}?${query}`).toBe(400);
    const body = await json(response);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.error, `${path}?${query}`).toContain(field);
  }
}

describe("cursor pagination", () => {
  it("walks every member once, oldest first with the user id as tiebreaker, over tRPC and REST", async () => {
    const { owner, tenantId, tenant } = await ownerWithTeam(6);
    const { members: everyone, nextCursor } = await tenant.members();
    expect(everyone).toHaveLength(7);
    expect(nextCursor).toBeNull();
    expect(everyone[0]?.userId).toBe(owner.user.id);
    const tied = everyone.slice(1).map((m) => m.userId);
    expect(tied).toEqual([...tied].sort());

    const viaCaller = await walk(2, async (cursor) => {
      const page = await tenant.members({ cursor, limit: 2 });
      return { items: page.members, nextCursor: page.nextCursor };
    });
    expect(viaCaller.pages).toBe(4);
    expect(viaCaller.all.map((m) => m.userId)).toEqual(everyone.map((m) => m.userId));

    const viaRest = await walk(3, async (cursor) => {
      const query = `?limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await json(await get(owner.accessToken, `/tenant/members${query}`, tenantId));
      return { items: page.members as { userId: string }[], nextCursor: page.nextCursor };
    });
    expect(viaRest.all.map((m) => m.userId)).toEqual(everyone.map((m) => m.userId));
    await expectBadPageParams(owner.accessToken, "/tenant/members", tenantId);
  });

  it("walks open invitations newest first", async () => {
    const { owner, tenantId, tenant } = await ownerWithTeam(0);
    for (let index = 0; index < 5; index += 1)
      await tenant.invite({ email: uniqueEmail("paged"), role: "user" });
    const { invitations: everyone } = await tenant.invitations();
    expect(everyone).toHaveLength(5);
    const times = everyone.map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const walked = await walk(2, async (cursor) => {
      const page = await tenant.invitations({ cursor, limit: 2 });
      return { items: page.invitations, nextCursor: page.nextCursor };
    });
    expect(walked.all.map((i) => i.id)).toEqual(everyone.map((i) => i.id));
    await expectBadPageParams(owner.accessToken, "/tenant/invitations", tenantId);
  });

  it("walks messages newest first", async () => {
    const person = await signUp(app());
    const base = Date.now();
    for (let index = 0; index < 7; index += 1) {
      await app().db.message.create({
        data: {
          userId: person.user.id,
          type: "notice",
          title: `Notice ${index}`,
          body: "",
          // Two messages share each timestamp: the id breaks the tie.
          createdAt: new Date(base + Math.floor(index / 2) * 1000),
        },
      });
    }
    const messages = callerWith(app(), person.accessToken).messages;
    const { messages: everyone } = await messages.list();
    expect(everyone).toHaveLength(7);
    expect(everyone[0]?.title).toBe("Notice 6");
    const walked = await walk(3, async (cursor) => {
      const page = await messages.list({ cursor, limit: 3 });
      return { items: page.messages, nextCursor: page.nextCursor };
    });
    expect(walked.pages).toBe(3);
    expect(walked.all.map((m) => m.id)).toEqual(everyone.map((m) => m.id));
    await expectBadPageParams(person.accessToken, "/messages");
  });

  it("walks sessions: the current one first, then the newest", async () => {
    const email = uniqueEmail("sessions");
    await signUp(app(), { email });
    const logins = [];
    for (let index = 0; index < 4; index += 1) {
      logins.push(await app().caller().auth.login({ email, password: PASSWORD }));
    }
    const current = logins[1] as (typeof logins)[number];
    const account = callerWith(app(), current.accessToken).auth;
    const { sessions: everyone } = await account.sessions();
    expect(everyone).toHaveLength(5);
    expect(everyone[0]?.current).toBe(true);
    expect(everyone.slice(1).every((s) => !s.current)).toBe(true);
    const created = everyone.slice(1).map((s) => s.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));
    for (const limit of [1, 2]) {
      const walked = await walk(limit, async (cursor) => {
        const page = await account.sessions({ cursor, limit });
        return { items: page.sessions, nextCursor: page.nextCursor };
      });
      expect(walked.all.map((s) => s.id)).toEqual(everyone.map((s) => s.id));
    }
    await expectBadPageParams(current.accessToken, "/auth/sessions");
  });

  it("keeps the whole input optional and defaults to 50 items", async () => {
    const { tenant } = await ownerWithTeam(55);
    const first = await tenant.members();
    expect(first.members).toHaveLength(50);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = await tenant.members({ cursor: first.nextCursor ?? "" });
    expect(rest.members).toHaveLength(6);
    expect(rest.nextCursor).toBeNull();
  });
});
