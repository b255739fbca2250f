import { beforeAll, describe, expect, it } from "vitest";
import { entryHash, sealAuditChain } from "../src/modules/audit/services/audit-chain.js";
import { signUp } from "./support/auth.js";
import { type Json, json } from "./support/json.js";
import { useTestApp } from "./support/test-app.js";

/** Sealing runs on demand in these tests (a long interval keeps the background sealer out of the way). */
const app = useTestApp({ env: { AUDIT_SEAL_INTERVAL_MS: "600000" } });

let operator: { accessToken: string; user: { id: string } };
let member: { accessToken: string; user: { id: string } };

beforeAll(async () => {
  operator = await signUp(app());
  member = await signUp(app());
});

async function get(path: string, token: string | null = operator.accessToken): Promise<[number, Json]> {
  const response = await app().http(`/api/v1${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return [response.status, await json(response)];
}

/** Real admin actions, each writing one audit entry in its own transaction. */
async function createVariable(name: string, description = "") {
  const response = await app().http("/api/v1/admin/config", {
    method: "POST",
    headers: { Authorization: `Bearer ${operator.accessToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name, type: "string", value: "on", description }),
  });
  expect(response.status).toBe(200);
}

describe("audit log", () => {
  it("pages newest first and filters by severity and user", async () => {
    await createVariable("feature.alpha");
    await createVariable("feature.beta");
    const [status, page] = await get("/admin/audit-logs?perPage=2");
    expect(status).toBe(200);
    expect(page).toMatchObject({ page: 1, perPage: 2 });
    expect(page.total).toBeGreaterThanOrEqual(4); // two sign-ups, two variables, …
    expect(page.logs.map((entry: Json) => entry.message)).toEqual([
      "Config variable created: feature.beta (string)",
      "Config variable created: feature.alpha (string)",
    ]);
    expect(page.logs[0]).toMatchObject({
      action: "config.created",
      severity: "medium",
      userId: operator.user.id,
    });

    const [, defaults] = await get("/admin/audit-logs");
    expect(defaults.perPage).toBe(50);
    const [, second] = await get("/admin/audit-logs?perPage=2&page=2");
    expect(second.logs.map((entry: Json) => entry.id)).not.toContain(page.logs[0].id);

    const [, medium] = await get("/admin/audit-logs?severity=medium");
    expect(medium.logs.length).toBeGreaterThan(0);
    expect(medium.logs.every((entry: Json) => entry.severity === "medium")).toBe(true);
    const [, byMember] = await get(`/admin/audit-logs?userId=${member.user.id}`);
    expect(byMember.logs.length).toBeGreaterThan(0);
    expect(byMember.logs.every((entry: Json) => entry.userId === member.user.id)).toBe(true);
  });

  it("finds an entry by a word of its message, also inside dotted names and email addresses", async () => {
    await createVariable("feature.zebra_stripes");
    const search = async (text: string) => {
      const [status, body] = await get(`/admin/audit-logs?search=${encodeURIComponent(text)}`);
      expect(status).toBe(200);
      return body.logs.map((entry: Json) => entry.message as string);
    };
    expect(await search("zebra")).toEqual(["Config variable created: feature.zebra_stripes (string)"]);
    expect(await search("zeb")).toHaveLength(1); // prefixes match as people type
    expect(await search("feature.zebra_stripes")).toHaveLength(1);
    expect(await search("ZEBRA created")).toHaveLength(1); // every word, any case
    expect(await search("zebra deleted")).toEqual([]);
    expect(await search("%")).toEqual([]);
    expect(await search("it's (a) 'quote' & | ! :*")).toEqual([]); // tsquery syntax is never interpreted
  });

  it("searches through the full-text index, not a scan of the table", async () => {
    const plan = await app().db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT id FROM "AuditLog" WHERE search @@ to_tsquery('simple', 'zebra:*')`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("AuditLog_search_idx");
  });

  it("refuses bad filters with a 400 that names them", async () => {
    for (const query of [
      "perPage=0",
      "perPage=101",
      "page=0",
      "severity=info",
      "userId=not-a-uuid",
      `search=${"a".repeat(201)}`,
    ]) {
      const [status, body] = await get(`/admin/audit-logs?${query}`);
      expect(status, query).toBe(400);
      expect(body.code).toBe("VALIDATION_FAILED");
      expect(body.error).toMatch(/perPage|page|severity|userId|search/);
    }
  });

  it("is for platform administrators only", async () => {
    expect((await get("/admin/audit-logs", member.accessToken))[0]).toBe(403);
    expect((await get("/admin/audit-logs/chain", member.accessToken))[0]).toBe(403);
    expect((await get("/admin/audit-logs", null))[0]).toBe(401);
  });
});

describe("audit hash chain", () => {
  it("links 20 entries written in parallel, sealed by racing sealers, into one intact chain", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => createVariable(`feature.parallel_${index}`)));
    await Promise.all([sealAuditChain(app().db), sealAuditChain(app().db), sealAuditChain(app().db)]);

    const [status, report] = await get("/admin/audit-logs/chain");
    expect(status).toBe(200);
    const total = await app().db.auditLog.count();
    expect(report).toMatchObject({ valid: true, firstBroken: null, unsealed: 0, checked: total });
    const entries = await app().db.auditLog.findMany({ orderBy: { chainSeq: "asc" } });
    expect(entries.map((entry) => Number(entry.chainSeq))).toEqual(entries.map((_, index) => index + 1));
    entries.forEach((entry, index) => {
      expect(entry.prevHash).toBe(index === 0 ? "" : entries[index - 1]?.hash);
    });
  });

  it("finds a tampered entry, an entry whose successor no longer matches, and a deleted one", async () => {
    await createVariable("feature.tamper_target");
    await sealAuditChain(app().db);
    const target = await app().db.auditLog.findFirstOrThrow({
      where: { message: { contains: "feature.tamper_target" } },
    });
    const seq = Number(target.chainSeq);

    // Someone with database access rewrites history.
    await app().db
      .$executeRaw`UPDATE "AuditLog" SET message = 'nothing to see' WHERE id = ${target.id}::uuid`;
    const [, altered] = await get("/admin/audit-logs/chain");
    expect(altered).toMatchObject({ valid: false, checked: seq - 1 });
    expect(altered.firstBroken).toMatchObject({ id: target.id, chainSeq: seq, action: "config.created" });
    expect(altered.firstBroken.reason).toMatch(/altered after it was written/);

    // …and recomputes that entry's hash to cover it up: its successor's link gives it away.
    await createVariable("feature.after_tamper");
    await sealAuditChain(app().db);
    const forged = entryHash(target.prevHash ?? "", BigInt(seq), { ...target, message: "nothing to see" });
    await app().db.$executeRaw`UPDATE "AuditLog" SET hash = ${forged} WHERE id = ${target.id}::uuid`;
    const [, relinked] = await get("/admin/audit-logs/chain");
    expect(relinked).toMatchObject({ valid: false, checked: seq });
    expect(relinked.firstBroken.chainSeq).toBe(seq + 1);
    expect(relinked.firstBroken.reason).toMatch(/link to the previous entry does not match/);

    await app().db.$executeRaw`
      UPDATE "AuditLog" SET message = ${target.message}, hash = ${target.hash} WHERE id = ${target.id}::uuid`;
    expect((await get("/admin/audit-logs/chain"))[1]).toMatchObject({ valid: true, firstBroken: null });

    await app().db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${target.id}::uuid`;
    const [, deleted] = await get("/admin/audit-logs/chain");
    expect(deleted).toMatchObject({ valid: false, checked: seq - 1 });
    expect(deleted.firstBroken).toMatchObject({ chainSeq: seq + 1 });
    expect(deleted.firstBroken.reason).toMatch(new RegExp(`entry #${seq} is missing`));
  });
});

describe("audit sealer", () => {
  const sealing = useTestApp({ env: { AUDIT_SEAL_INTERVAL_MS: "100" } });

  it("links new entries in the background on nodes that run jobs", async () => {
    await signUp(sealing());
    await signUp(sealing());
    await expect
      .poll(() => sealing().db.auditLog.count({ where: { chainSeq: null } }), {
        timeout: 5_000,
        interval: 50,
      })
      .toBe(0);
    expect(await sealing().db.auditLog.count()).toBeGreaterThanOrEqual(2);
  });
});
