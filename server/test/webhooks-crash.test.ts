import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../src/lib/env.js";
import { createEndpoint } from "../src/modules/webhooks/services/endpoints.service.js";
import { webhookIdOf } from "../src/modules/webhooks/services/fan-out.service.js";
import { createRuntime, type Runtime } from "../src/runtime.js";
import { PASSWORD, uniqueEmail } from "./support/auth.js";
import { json } from "./support/json.js";
import { killServersAfterEach, startServer } from "./support/server-process.js";
import { createTestDatabase } from "./support/test-app.js";
import { startReceiver } from "./support/webhooks.js";

/**
 * Two job nodes deliver a burst of events; one is SIGKILLed mid-delivery and restarted. Delivery
 * is at least once: nothing is lost, and a resend carries the webhook-id of the first attempt.
 */
killServersAfterEach();

const EVENTS = 1_000;
const RENAME_CONNECTIONS = 8;
const KILL_AFTER_RECEIVED = 300;

const sharedEnv = {
  NODE_ENV: "test",
  JOBS_ENABLED: "true",
  JOB_POLL_INTERVAL_SECONDS: "0.5",
  JWT_SECRET: "webhooks-crash-shared-secret-0123456789abcdef",
  WEBHOOK_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
  // Short, so the leases a killed node held run out (timeout + 5 s) and the sweep resends them soon.
  WEBHOOK_TIMEOUT_MS: "1000",
  WEBHOOK_SWEEP_INTERVAL_MS: "500",
  RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: "100000",
};

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** In-process, jobs off: only to create the endpoint and read rows, it never delivers. */
let control: Runtime;
beforeAll(async () => {
  database = await createTestDatabase();
  // Answers after a short pause, so deliveries are in flight when the node dies.
  receiver = await startReceiver(async () => {
    await sleep(5 + Math.floor(Math.random() * 15));
    return 200;
  });
  const env = loadEnv({ ...sharedEnv, LOG_LEVEL: "silent", JOBS_ENABLED: "false" });
  control = await createRuntime({ env, databaseUrl: database.url });
});
afterAll(async () => {
  await control?.stop();
  await receiver?.close();
  await database?.drop();
});

async function until(done: () => boolean | Promise<boolean>, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what} (${receiver.received.length} requests received)`);
    await sleep(100);
  }
}

/** Event id → the webhook-id of every request that carried it. */
function webhookIdsByEvent(): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  for (const request of receiver.received) {
    const eventId = (JSON.parse(request.body) as { id: string }).id;
    const ids = byEvent.get(eventId) ?? [];
    ids.push(String(request.headers["webhook-id"]));
    byEvent.set(eventId, ids);
  }
  return byEvent;
}

async function ownerOnNode(url: string) {
  const signup = await fetch(`${url}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: uniqueEmail("crash"), password: PASSWORD, displayName: "Crash Owner" }),
  });
  expect(signup.status).toBe(200);
  const account = await json(signup);
  const tenantId: string = account.memberships.find((m: { isRoot: boolean }) => !m.isRoot).tenantId;
  return { accessToken: account.accessToken as string, userId: account.user.id as string, tenantId };
}

/** `count` renames over REST, RENAME_CONNECTIONS at a time; each commits one tenant.updated event. */
async function renameMany(url: string, owner: { accessToken: string; tenantId: string }, count: number) {
  let next = 0;
  const statuses: number[] = [];
  const loop = async () => {
    while (next < count) {
      const index = next++;
      const status = await fetch(`${url}/api/v1/tenant`, {
        method: "PATCH",
        headers: {
          Authorization: `Bearer ${owner.accessToken}`,
          "X-Tenant-ID": owner.tenantId,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ name: `Crash Team ${index}` }),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0, // no answer: the node is gone (counted as a failed rename, never left unhandled)
      );
      statuses.push(status);
    }
  };
  await Promise.all(Array.from({ length: RENAME_CONNECTIONS }, loop));
  return statuses;
}

describe("two job nodes, one killed mid-delivery", { timeout: 120_000 }, () => {
  it("deliver every event at least once, resends under the same webhook-id, every delivery succeeded", async () => {
    const env = { ...sharedEnv, DATABASE_URL: database.url };
    let nodeA = await startServer({ ...env, NODE_ID: "node-a" });
    const nodeB = await startServer({ ...env, NODE_ID: "node-b" });
    const owner = await ownerOnNode(nodeB.url);
    const endpoint = await createEndpoint(
      control.deps,
      { tenantId: owner.tenantId, actorId: owner.userId },
      { name: "crash", url: `${receiver.url}/crash`, events: ["tenant.updated"] },
    );

    // Renames go to node B, the survivor, so none fails when A dies; both nodes fan out and deliver.
    const started = Date.now();
    const renames = renameMany(nodeB.url, owner, EVENTS);
    await until(() => receiver.received.length >= KILL_AFTER_RECEIVED, "the first deliveries", 30_000);
    const receivedAtKill = receiver.received.length;
    nodeA.child.kill("SIGKILL");
    await new Promise((resolve) => nodeA.child.once("exit", resolve));
    nodeA = await startServer({ ...env, NODE_ID: "node-a" });
    expect((await renames).filter((status) => status !== 200)).toEqual([]);

    await until(() => webhookIdsByEvent().size >= EVENTS, `all ${EVENTS} events`, 40_000);
    const deliveries = () =>
      control.deps.db.webhookDelivery.groupBy({
        by: ["status"],
        where: { endpointId: endpoint.id },
        _count: { _all: true },
      });
    await until(
      async () => (await deliveries()).every((group) => group.status === "succeeded"),
      "every delivery to succeed",
      15_000,
    );

    const events = await control.deps.db.webhookEvent.findMany({
      where: { tenantId: owner.tenantId, type: "tenant.updated" },
      select: { id: true },
    });
    const byEvent = webhookIdsByEvent();
    expect(events).toHaveLength(EVENTS);
    expect([...byEvent.keys()].sort()).toEqual(events.map((event) => event.id).sort());
    for (const [eventId, webhookIds] of byEvent)
      expect(new Set(webhookIds), eventId).toEqual(new Set([webhookIdOf(eventId)]));
    expect(await deliveries()).toEqual([{ status: "succeeded", _count: { _all: EVENTS } }]);

    const duplicates = receiver.received.length - byEvent.size;
    console.log(
      `webhooks-crash: ${EVENTS} events, node A killed after ${receivedAtKill} received; ` +
        `${receiver.received.length} requests, ${duplicates} duplicates, ${Date.now() - started} ms`,
    );
  });
});
