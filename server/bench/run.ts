/**
 * Request-path overhead, measured as ratios against a bare Express handler in the same process:
 * how much our middleware (request id, logging, context, ladder, output validation) costs.
 * Prints ratios, never asserts on time.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { migrateDeploy } from "@baseplate/db/migrate";
import { acquireTestPostgres } from "@baseplate/db/testing";
import express from "express";
import { loadEnv } from "../src/lib/env.js";
import { createRuntime } from "../src/runtime.js";
import { createContextInner } from "../src/trpc/context.js";
import { appRouter } from "../src/trpc/router.js";
import { benchCreditSpend } from "./credit-spend.js";
import { benchWebhookFanOut } from "./webhook-fan-out.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const ROUNDS = 5;
const CONCURRENCY = 16;

async function measure(url: string, headers: Record<string, string> = {}): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (performance.now() - started) / REQUESTS;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function startBaseline(): Promise<{ url: string; close(): void }> {
  const app = express();
  app.get("/version", (_req, res) => {
    res.json({ version: "0.0.0", apiVersion: "1.2" });
  });
  const server = createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function main(): Promise<void> {
  const postgres = await acquireTestPostgres();
  const database = await postgres.createDatabase("bp_bench");
  await migrateDeploy({ databaseUrl: database.url });
  const env = loadEnv({
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
    JOBS_ENABLED: "false",
    JWT_SECRET: "bench-secret-that-is-long-enough-0123456789",
    PUBLIC_URL: "http://localhost:3000",
    // Required in production; the bench sends no mail (JOBS_ENABLED is off), so nothing listens there.
    SMTP_URL: "smtp://127.0.0.1:2525",
    WEBHOOK_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  });
  const runtime = await createRuntime({ env, databaseUrl: database.url });
  const ours = await runtime.listen(0, "127.0.0.1");
  const baseline = await startBaseline();
  try {
    const caller = appRouter.createCaller(createContextInner(runtime.deps));
    const operator = await caller.auth.signup({
      email: "bench@example.test",
      password: "bench-Passw0rd",
      displayName: "Bench Operator",
    });
    const bearer = { Authorization: `Bearer ${operator.accessToken}` };
    const { rawKey } = await appRouter
      .createCaller(createContextInner(runtime.deps, { authorization: bearer.Authorization }))
      .admin.apiKeys.create({ name: "bench", authority: "admin" });
    const rootTenant = operator.memberships.find((m) => m.isRoot)?.tenantId ?? "";
    const rows: [string, string, Record<string, string>?][] = [
      ["REST  GET /api/v1/version", `${ours}/api/v1/version`],
      ["tRPC  system.version", `${ours}/trpc/system.version`],
      ["REST  GET /api/v1/status (1 DB query)", `${ours}/api/v1/status`],
      ["GET /health (1 DB query)", `${ours}/health`],
      ["REST  GET /auth/me (JWT + session check)", `${ours}/api/v1/auth/me`, bearer],
      [
        "REST  GET /tenant/members (JWT, tenant)",
        `${ours}/api/v1/tenant/members`,
        { ...bearer, "X-Tenant-ID": rootTenant },
      ],
      [
        "REST  GET /tenant/members (API key)",
        `${ours}/api/v1/tenant/members`,
        { Authorization: `Bearer ${rawKey}` },
      ],
    ];
    for (const [, url, headers] of rows) await measure(url, headers); // warm-up
    // Each round measures the baseline right before the case, so drift affects both alike.
    const ratios = new Map<string, number[]>(rows.map(([name]) => [name, []]));
    const baseTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, url, headers] of rows) {
        const base = await measure(`${baseline.url}/version`);
        baseTimes.push(base);
        ratios.get(name)?.push((await measure(url, headers)) / base);
      }
    }
    console.log(
      `baseline: bare Express JSON handler, median ${(median(baseTimes) * 1000).toFixed(0)} µs/req`,
    );
    console.log(
      `${REQUESTS} requests x ${ROUNDS} rounds per case, concurrency ${CONCURRENCY}; median ratio:`,
    );
    for (const [name, values] of ratios)
      console.log(`  ${name.padEnd(40)} ${median(values).toFixed(2)}x baseline`);
    const spendTarget = {
      url: ours,
      headers: { ...bearer, "X-Tenant-ID": rootTenant },
      tenantId: rootTenant,
    };
    const noOverspend = await benchCreditSpend(
      runtime.deps,
      { ...spendTarget, baselineUrl: `${baseline.url}/version` },
      ROUNDS,
    );
    if (!noOverspend) process.exitCode = 1;
    await benchWebhookFanOut(database.url, rootTenant);
  } finally {
    baseline.close();
    await runtime.stop();
    await database.drop();
    await postgres.stop();
  }
}

await main();
