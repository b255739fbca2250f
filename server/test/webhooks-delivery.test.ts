import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEndpoint, updateEndpoint } from "../src/modules/webhooks/services/endpoints.service.js";
import { requeueAllDead, resendDelivery } from "../src/modules/webhooks/services/operations.service.js";
import { raiseEvent } from "../src/modules/webhooks/services/raise-event.js";
import { parseRetrySchedule } from "../src/modules/webhooks/services/retry-schedule.js";
import { signUp } from "./support/auth.js";
import { ManualClock } from "./support/manual-clock.js";
import { useTestApp } from "./support/test-app.js";
import { drainWebhooks, ownerWithTenant, startReceiver } from "./support/webhooks.js";

const clock = new ManualClock();
const app = useTestApp({ env: { JOBS_ENABLED: "false" }, clock });
const SCHEDULE = parseRetrySchedule("5s,5m,30m,2h,5h,10h,10h");
/** Status to answer on /hook/<name>, given how many requests that path has had (this one included). */
const answers = new Map<string, (count: number) => number | Promise<number>>();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver((request) => {
    const name = request.path.replace("/hook/", "");
    return answers.get(name)?.(receiver.to(name).length) ?? 200;
  });
});
afterAll(() => receiver.close());

function tenantUpdated(tenantId: string) {
  return {
    tenantId,
    type: "tenant.updated" as const,
    data: { tenant: { id: tenantId, name: "Renamed", slug: "renamed" } },
  };
}

/** A fresh tenant with one endpoint on /hook/<name>. */
async function setup(name: string, answer?: (count: number) => number | Promise<number>) {
  if (answer) answers.set(name, answer);
  const { actor } = await ownerWithTenant(app());
  const endpoint = await createEndpoint(app().deps, actor, {
    name,
    url: `${receiver.url}/${name}`,
    events: ["tenant.updated"],
  });
  const raise = () => app().db.$transaction((tx) => raiseEvent(tx, tenantUpdated(actor.tenantId)));
  return { actor, endpoint, raise };
}

/** Moves the clock past the n-th retry delay, jitter included. */
function passRetry(n: number) {
  clock.advance(Math.ceil((SCHEDULE[n - 1] ?? 0) * 1.2));
}

describe("webhook delivery", () => {
  it("a receiver failing 3 times then succeeding gets exactly one success after backoff", async () => {
    const { endpoint, raise } = await setup("flaky", (count) => (count <= 3 ? 500 : 200));
    await raise();
    expect(await drainWebhooks(app())).toEqual(["retrying"]);
    expect(await drainWebhooks(app())).toEqual([]); // not due before its backoff
    for (const n of [1, 2]) {
      passRetry(n);
      expect(await drainWebhooks(app())).toEqual(["retrying"]);
    }
    passRetry(3);
    expect(await drainWebhooks(app())).toEqual(["succeeded"]);
    passRetry(4);
    expect(await drainWebhooks(app())).toEqual([]);
    const delivery = await app().db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 4, lastResponseCode: 200 });
    expect(await app().db.webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(4);
    expect(
      receiver.to("flaky").map((request) => request.headers["x-webhook-signature"] !== undefined),
    ).toEqual([true, true, true, true]);
    expect(new Set(receiver.to("flaky").map((request) => request.headers["webhook-id"])).size).toBe(1);
  });

  it("never succeeding ends dead; requeue-all-dead delivers it once the receiver recovers", async () => {
    let healthy = false;
    const { actor, endpoint, raise } = await setup("down", () => (healthy ? 200 : 503));
    await raise();
    await drainWebhooks(app());
    for (let n = 1; n <= SCHEDULE.length; n++) {
      passRetry(n);
      await drainWebhooks(app());
    }
    const dead = await app().db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(dead).toMatchObject({ status: "dead", attempts: SCHEDULE.length + 1, lastResponseCode: 503 });
    expect(receiver.to("down")).toHaveLength(SCHEDULE.length + 1);
    healthy = true;
    expect(await requeueAllDead(app().deps, actor, endpoint.id)).toEqual({ requeued: 1 });
    expect(await requeueAllDead(app().deps, actor, endpoint.id)).toEqual({ requeued: 0 }); // idempotent
    expect(await drainWebhooks(app())).toEqual(["succeeded"]);
    expect(await app().db.webhookDelivery.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "succeeded",
    });
    const audit = await app().db.auditLog.count({
      where: { tenantId: actor.tenantId, action: "webhooks.dead_requeued" },
    });
    expect(audit).toBe(1);
  });

  it("resend makes a second delivery with the same webhook-id", async () => {
    const { actor, endpoint, raise } = await setup("resend");
    await raise();
    await drainWebhooks(app());
    const first = await app().db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    const { deliveryId } = await resendDelivery(app().deps, actor, first.id);
    expect(deliveryId).not.toBe(first.id);
    await drainWebhooks(app());
    const [a, b] = receiver.to("resend");
    expect(receiver.to("resend")).toHaveLength(2);
    expect(a?.headers["webhook-id"]).toBe(first.webhookId);
    expect(b?.headers["webhook-id"]).toBe(first.webhookId);
    expect(b?.body).toBe(a?.body);
  });

  it("a 410 disables the endpoint and tells the tenant's owner in-app and by mail", async () => {
    const { actor, endpoint, raise } = await setup("gone", () => 410);
    await raise();
    await raise();
    const results = await drainWebhooks(app());
    expect(results).toContain("disabled");
    const row = await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row).toMatchObject({ isActive: false });
    expect(row.disabledReason).toContain("410");
    const message = await app().db.message.findFirst({
      where: { userId: actor.actorId, type: "webhook_disabled" },
    });
    expect(message?.title).toContain("gone");
    expect(message?.link).toMatch(new RegExp(`/app/webhooks/${endpoint.id}$`));
    const owner = await app().db.user.findUniqueOrThrow({ where: { id: actor.actorId } });
    const mails = await app().db.outboundEmail.findMany({
      where: { toAddress: owner.email, kind: "webhook_disabled" },
    });
    expect(mails).toHaveLength(1); // once, though two deliveries were refused
    expect(mails[0]?.textBody).toContain(`/app/webhooks/${endpoint.id}`);
    await raise();
    expect(await drainWebhooks(app())).toEqual([]); // a disabled endpoint gets no new deliveries
    expect(
      await app().db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: { not: "dead" } } }),
    ).toBe(0);
    await updateEndpoint(app().deps, actor, endpoint.id, { isActive: true });
    expect(await requeueAllDead(app().deps, actor)).toEqual({ requeued: 2 });
  });

  it("an endpoint failing for WEBHOOK_DISABLE_AFTER_HOURS is disabled", async () => {
    const { endpoint, raise } = await setup("slowdeath", () => 500);
    await raise();
    await drainWebhooks(app());
    clock.advance(121 * 3_600_000);
    await raise();
    expect(await drainWebhooks(app())).toContain("disabled");
    expect(await app().db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      isActive: false,
    });
  });

  it("an event raised in a transaction that rolls back is never delivered", async () => {
    const { actor } = await setup("rollback");
    const failed = app().db.$transaction(async (tx) => {
      await raiseEvent(tx, tenantUpdated(actor.tenantId));
      throw new Error("the change failed");
    });
    await expect(failed).rejects.toThrow("the change failed");
    await drainWebhooks(app());
    expect(receiver.to("rollback")).toHaveLength(0);
    expect(
      await app().db.webhookEvent.count({ where: { tenantId: actor.tenantId, type: "tenant.updated" } }),
    ).toBe(0);
  });

  it("a tenant's events never reach another tenant's endpoints, and fan-out happens once", async () => {
    const mine = await setup("mine");
    const theirs = await setup("theirs");
    await mine.raise();
    await Promise.all([drainWebhooks(app()), drainWebhooks(app()), drainWebhooks(app())]);
    expect(receiver.to("mine")).toHaveLength(1);
    expect(receiver.to("theirs")).toHaveLength(0);
    await expect(
      resendDelivery(
        app().deps,
        theirs.actor,
        (await app().db.webhookDelivery.findFirstOrThrow({ where: { endpointId: mine.endpoint.id } })).id,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("at most WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT deliveries of one endpoint run at once", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { raise } = await setup("capped", async (count) => {
      // With the 4th request in flight the cap is reached; hold on while the other claims are refused.
      if (count === 4) setTimeout(release, 300);
      await held;
      return 200;
    });
    for (let i = 0; i < 6; i++) await raise();
    const results = await drainWebhooks(app());
    expect(receiver.to("capped")).toHaveLength(4);
    expect(results.filter((result) => result === "succeeded")).toHaveLength(4);
    expect(results.filter((result) => result === "endpoint_busy")).toHaveLength(2);
    expect(await drainWebhooks(app())).toEqual(["succeeded", "succeeded"]);
  });

  it("signup raises user.created and tenant.created, delivered to the root tenant's endpoint", async () => {
    const root = await app().db.tenant.findFirstOrThrow({ where: { isRoot: true } });
    await createEndpoint(
      app().deps,
      { tenantId: root.id, actorId: null },
      {
        name: "platform",
        url: `${receiver.url}/platform`,
        events: ["user.created", "tenant.created"],
      },
    );
    const account = await signUp(app());
    await drainWebhooks(app());
    const bodies = receiver.to("platform").map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.type).sort()).toEqual(["tenant.created", "user.created"]);
    expect(bodies.find((body) => body.type === "user.created")).toMatchObject({
      tenantId: root.id,
      data: { user: { id: account.user.id, email: account.user.email }, method: "password" },
    });
    expect(bodies.find((body) => body.type === "tenant.created")?.data.ownerId).toBe(account.user.id);
  });
});
