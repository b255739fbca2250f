import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";
import { teamOwner, trpcBatchAs } from "./support/webhook-routes.js";
import { drainWebhooks, startReceiver } from "./support/webhooks.js";

const clock = new ManualClock();
const app = useTestApp({
  env: { JOBS_ENABLED: "false", WEBHOOK_RETRY_SCHEDULE: "1s", WEBHOOK_RETRY_JITTER: "0" },
  clock,
});
const healthy = new Set<string>();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver((request) => (healthy.has(request.path) ? 200 : 500));
});
afterAll(() => receiver.close());

/** A team with webhook "good" (answers 200) and "bad" (500 until healed), and `events` renames delivered. */
async function teamWithDeliveries(name: string, events: number) {
  const owner = await teamOwner(app());
  const create = (suffix: string) =>
    owner.rest("POST", "/webhooks/endpoints", {
      name: `${name}-${suffix}`,
      url: `${receiver.url}/${name}-${suffix}`,
      events: ["tenant.updated"],
    });
  const good = (await create("good")).body.webhook;
  const bad = (await create("bad")).body.webhook;
  healthy.add(`/hook/${name}-good`);
  for (let index = 0; index < events; index += 1) {
    await owner.caller.tenant.rename({ name: `${name} ${index}` });
    clock.advance(10);
  }
  await drainWebhooks(app()); // first attempts: good succeeds, bad fails
  clock.advance(1_500);
  await drainWebhooks(app()); // bad's one retry fails too: dead
  return { ...owner, good, bad, heal: () => healthy.add(`/hook/${name}-bad`) };
}

describe("the delivery log", () => {
  it("filters by status, webhook, event type and time, and pages with a cursor", async () => {
    const team = await teamWithDeliveries("log", 3);
    const all = (await team.rest("GET", "/webhooks/outbound")).body.deliveries;
    expect(all).toHaveLength(6);
    const created = all.map((d: { createdAt: string }) => d.createdAt);
    expect(created).toEqual([...created].sort().reverse());

    const dead = (await team.rest("GET", "/webhooks/outbound?status=dead")).body.deliveries;
    expect(dead).toHaveLength(3);
    expect(dead[0]).toMatchObject({
      webhookId: team.bad.id,
      webhookName: "log-bad",
      eventType: "tenant.updated",
      status: "dead",
      attempts: 2,
      lastResponseCode: 500,
      messageId: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
    });
    const good = await team.rest("GET", `/webhooks/outbound?status=succeeded&webhookId=${team.good.id}`);
    expect(good.body.deliveries).toHaveLength(3);
    expect(
      (await team.rest("GET", "/webhooks/outbound?eventType=member.added")).body.deliveries,
    ).toHaveLength(0);
    const before = new Date(Date.parse(created.at(-1)) - 1).toISOString();
    const until = encodeURIComponent(before);
    expect((await team.rest("GET", `/webhooks/outbound?to=${until}`)).body.deliveries).toHaveLength(0);
    expect((await team.rest("GET", `/webhooks/outbound?from=${until}`)).body.deliveries).toHaveLength(6);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = (await team.rest("GET", `/webhooks/outbound?limit=4${query}`)).body;
      seen.push(...page.deliveries.map((d: { id: string }) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((d: { id: string }) => d.id));

    const detail = (await team.rest("GET", `/webhooks/outbound/${dead[0].id}`)).body;
    expect(detail.delivery.payload).toMatchObject({ type: "tenant.updated", tenantId: team.tenantId });
    expect(detail.attempts.map((a: { responseCode: number }) => a.responseCode)).toEqual([500, 500]);
    expect(detail.attempts[0].requestHeaders["webhook-id"]).toBe(dead[0].messageId);
  });
});

describe("requeue, resend and requeue-dead", () => {
  it("requeue moves one dead delivery back (once); requeue-dead takes the rest; resend sends a copy with the same webhook-id", async () => {
    const team = await teamWithDeliveries("ops", 3);
    team.heal();
    const dead = (await team.rest("GET", "/webhooks/outbound?status=dead")).body.deliveries;
    expect((await team.rest("POST", `/webhooks/outbound/${dead[0].id}/requeue`)).body).toEqual({
      requeued: 1,
    });
    expect((await team.rest("POST", `/webhooks/outbound/${dead[0].id}/requeue`)).body).toEqual({
      requeued: 0,
    });
    await drainWebhooks(app());
    const one = (await team.rest("GET", `/webhooks/outbound/${dead[0].id}`)).body.delivery;
    expect(one).toMatchObject({ status: "succeeded", attempts: 1 });

    const rest = await team.rest("POST", "/webhooks/outbound/requeue-dead", { webhookId: team.bad.id });
    expect(rest.body).toEqual({ requeued: 2 });
    await drainWebhooks(app());
    expect((await team.rest("GET", "/webhooks/outbound?status=dead")).body.deliveries).toEqual([]);
    expect(receiver.to("ops-bad").filter((r) => r.headers["webhook-id"] === dead[0].messageId)).toHaveLength(
      3,
    );

    const resent = await team.rest("POST", `/webhooks/outbound/${one.id}/resend`);
    expect(resent.body.delivery).toMatchObject({
      status: "pending",
      messageId: one.messageId,
      webhookId: team.bad.id,
    });
    expect(resent.body.delivery.id).not.toBe(one.id);
    // While the copy is under way, resending again returns it instead of queueing a third.
    const again = await team.rest("POST", `/webhooks/outbound/${one.id}/resend`);
    expect(again.body.delivery.id).toBe(resent.body.delivery.id);
    await drainWebhooks(app());
    const copies = receiver.to("ops-bad").filter((r) => r.headers["webhook-id"] === one.messageId);
    expect(copies).toHaveLength(4);
    expect(copies[3]?.body).toBe(copies[0]?.body);

    const audit = await app().db.auditLog.findMany({
      where: { tenantId: team.tenantId, action: { startsWith: "webhooks." } },
    });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        "webhooks.delivery_requeued",
        "webhooks.dead_requeued",
        "webhooks.delivery_resent",
      ]),
    );
  });

  it("holds under concurrency: one tRPC batch of requeues, resends and requeue-deads changes each thing once", async () => {
    const team = await teamWithDeliveries("race", 4);
    team.heal();
    const dead = (await team.rest("GET", "/webhooks/outbound?status=dead")).body.deliveries;
    const sent = (await team.rest("GET", "/webhooks/outbound?status=succeeded")).body.deliveries;
    const calls = [
      ...Array.from({ length: 4 }, () => ({ path: "webhooks.requeue", input: { deliveryId: dead[0].id } })),
      ...Array.from({ length: 4 }, () => ({ path: "webhooks.resend", input: { deliveryId: sent[0].id } })),
      ...Array.from({ length: 2 }, () => ({
        path: "webhooks.requeueDead",
        input: { webhookId: team.bad.id },
      })),
    ];
    const results = await trpcBatchAs(app(), team.account.accessToken, team.tenantId, calls);
    expect(results.every((result) => result.result)).toBe(true);
    const requeued = results
      .filter((_, index) => calls[index]?.path !== "webhooks.resend")
      .reduce((sum, result) => sum + (result.result?.data.requeued as number), 0);
    expect(requeued).toBe(4); // every dead delivery exactly once, whoever got it
    const copies = new Set(results.slice(4, 8).map((result) => result.result?.data.delivery.id));
    expect(copies.size).toBe(1);
    const ofMessage = { webhookId: sent[0].messageId, endpointId: sent[0].webhookId };
    expect(await app().db.webhookDelivery.count({ where: ofMessage })).toBe(2); // the original and one copy
  });
});
