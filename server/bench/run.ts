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

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = 16;

async function measure(url: string): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const response = await fetch(url);
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (performance.now() - started) / REQUESTS;
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
  const env = loadEnv({ LOG_LEVEL: "silent", NODE_ENV: "production", JOBS_ENABLED: "false" });
  const runtime = await createRuntime({ env, databaseUrl: database.url });
  const ours = await runtime.listen(0, "127.0.0.1");
  const baseline = await startBaseline();
  try {
    await measure(`${baseline.url}/version`); // warm-up both
    await measure(`${ours}/api/v1/version`);
    const base = await measure(`${baseline.url}/version`);
    const rows: [string, string][] = [
      ["bare Express handler (baseline)", `${baseline.url}/version`],
      ["REST  GET /api/v1/version", `${ours}/api/v1/version`],
      ["tRPC  system.version", `${ours}/trpc/system.version`],
      ["REST  GET /api/v1/status (1 DB query)", `${ours}/api/v1/status`],
      ["GET /health (1 DB query)", `${ours}/health`],
    ];
    console.log(`requests per case: ${REQUESTS}, concurrency ${CONCURRENCY}`);
    for (const [name, url] of rows) {
      const perRequest = await measure(url);
      console.log(
        `${name.padEnd(42)} ${(perRequest / base).toFixed(2)}x baseline  (${(perRequest * 1000).toFixed(0)} µs/req)`,
      );
    }
  } finally {
    baseline.close();
    await runtime.stop();
    await database.drop();
    await postgres.stop();
  }
}

await main();
