import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEndpoint } from "../src/modules/webhooks/services/endpoints.service.js";
import { type TestApp, useTestApp } from "./support/test-app.js";
import { ownerWithTenant, startReceiver } from "./support/webhooks.js";

/** With job workers on, as in production: nothing here drains the outbox by hand. */
let app: () => TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

async function tenantWithEndpoint(name: string) {
  const { account, actor } = await ownerWithTenant(app());
  const endpoint = await createEndpoint(app().deps, actor, {
    name,
    url: `${receiver.url}/${name}`,
    events: ["tenant.updated"],
  });
  const tenant = app().caller({
    authorization: `Bearer ${account.accessToken}`,
    tenantIdHeader: actor.tenantId,
  }).tenant;
  return { actor, endpoint, tenant };
}

describe("the webhook worker on a job node, sweeping rarely", () => {
  app = useTestApp({ env: { WEBHOOK_SWEEP_INTERVAL_MS: "600000" } });

  it("sends an event as soon as its transaction commits (NOTIFY), not at the next sweep", async () => {
    const { tenant } = await tenantWithEndpoint("fast");
    const started = Date.now();
    await tenant.rename({ name: "Fast Path" });
    const received = await until(
      () => receiver.to("fast"),
      (list) => list.length > 0,
    );
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]?.body ?? "{}")).toMatchObject({ type: "tenant.updated" });
    expect(Date.now() - started).toBeLessThan(10_000); // far below the retry and sweep paths
  });
});

describe("the webhook worker on a job node, sweeping often", () => {
  const often = useTestApp({ env: { WEBHOOK_SWEEP_INTERVAL_MS: "300" } });
  beforeAll(() => {
    app = often;
  });

  it("resumes a delivery a killed node held once its lease runs out, with the same webhook-id", async () => {
    const { tenant, endpoint } = await tenantWithEndpoint("orphan");
    await tenant.rename({ name: "Orphaned" });
    const first = await until(
      () => receiver.to("orphan"),
      (list) => list.length > 0,
    );
    // Once the first attempt is recorded: as if a node had claimed it, sent it and died before recording.
    const delivery = await until(
      () => app().db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } }),
      (row) => row.status === "succeeded",
    );
    await app().db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "pending", nextAttemptAt: new Date(), leaseUntil: new Date(Date.now() + 1_000) },
    });
    const received = await until(
      () => receiver.to("orphan"),
      (list) => list.length > 1,
    );
    expect(received).toHaveLength(2);
    expect(received[1]?.headers["webhook-id"]).toBe(first[0]?.headers["webhook-id"]);
    const finished = await until(
      () => app().db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      (row) => row.status === "succeeded",
    );
    expect(finished.status).toBe("succeeded");
  });
});
