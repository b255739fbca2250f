/**
 * "webhook-fan-out": events raised in their own transactions, fanned out to several endpoints and
 * delivered by a job node to a local receiver. Prints deliveries/s against the same number of plain
 * POSTs straight to the receiver at the same concurrency, and enqueue→delivered latency (p50, p99)
 * measured from each event's commit to its receipt. Never asserts on time.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadEnv } from "../src/lib/env.js";
import { createEndpoint } from "../src/modules/webhooks/services/endpoints.service.js";
import { raiseEvent } from "../src/modules/webhooks/services/raise-event.js";
import { createRuntime } from "../src/runtime.js";

const ENDPOINTS = 10;
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 100);
const MAX_IN_FLIGHT = 4;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A receiver that answers 200 and notes when each (endpoint, event) arrived. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const { id } = JSON.parse(Buffer.concat(chunks).toString() || '{"id":"baseline"}') as { id: string };
      arrivals.set(`${req.url}:${id}`, performance.now());
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, arrivals, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function baselinePosts(url: string, total: number, body: string): Promise<number> {
  let next = 0;
  const loop = async () => {
    while (next < total) {
      next += 1;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: ENDPOINTS * MAX_IN_FLIGHT }, loop));
  return total / ((performance.now() - started) / 1000);
}

export async function benchWebhookFanOut(databaseUrl: string, tenantId: string): Promise<void> {
  const env = loadEnv({
    NODE_ENV: "test", // production refuses loopback targets; this node only delivers
    LOG_LEVEL: "silent",
    JOBS_ENABLED: "true",
    JWT_SECRET: "bench-secret-that-is-long-enough-0123456789",
    WEBHOOK_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
    WEBHOOK_MAX_IN_FLIGHT_PER_ENDPOINT: String(MAX_IN_FLIGHT),
  });
  const node = await createRuntime({ env, databaseUrl });
  const receiver = await startReceiver();
  try {
    for (let index = 0; index < ENDPOINTS; index += 1)
      await createEndpoint(
        node.deps,
        { tenantId, actorId: null },
        { name: `bench-${index}`, url: `${receiver.url}/e${index}`, events: ["tenant.updated"] },
      );
    const committedAt = new Map<string, number>();
    const started = performance.now();
    for (let index = 0; index < EVENTS; index += 1) {
      const id = await node.deps.db.$transaction((tx) =>
        raiseEvent(tx, {
          tenantId,
          type: "tenant.updated",
          data: { tenant: { id: tenantId, name: `Bench ${index}`, slug: "bench" } },
        }),
      );
      committedAt.set(id, performance.now());
    }
    const expected = EVENTS * ENDPOINTS;
    const deadline = Date.now() + 300_000;
    while (receiver.arrivals.size < expected && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const delivered = receiver.arrivals.size;
    const seconds = (Math.max(...receiver.arrivals.values()) - started) / 1000;
    const latencies = [...receiver.arrivals].map(
      ([key, at]) => at - (committedAt.get(key.split(":")[1] ?? "") ?? at),
    );
    const sample = JSON.stringify({
      id: "baseline",
      type: "tenant.updated",
      data: { tenant: { id: tenantId } },
    });
    const baseline = await baselinePosts(`${receiver.url}/baseline`, expected, sample);
    const perSecond = delivered / seconds;
    console.log(
      `webhook-fan-out: ${EVENTS} events x ${ENDPOINTS} endpoints = ${expected} deliveries, one job node, ${MAX_IN_FLIGHT} in flight per endpoint`,
    );
    console.log(
      `  delivered ${delivered}/${expected}: ${perSecond.toFixed(0)} deliveries/s = ${(perSecond / baseline).toFixed(3)}x baseline (plain POSTs to the receiver at ${ENDPOINTS * MAX_IN_FLIGHT} connections: ${baseline.toFixed(0)}/s)`,
    );
    console.log(
      `  commit → delivered: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms (events raised back to back, so later ones queue behind earlier ones)`,
    );
  } finally {
    await receiver.close();
    await node.stop();
  }
}
