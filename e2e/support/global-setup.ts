import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { acquirePostgresServer, createTestDatabase } from "@baseplate/db/testing";
import { OPERATOR } from "./operator.js";

const serverDir = fileURLToPath(new URL("../../server", import.meta.url));
const webDist = fileURLToPath(new URL("../../web/dist/index.html", import.meta.url));

/** Starts the real server (built SPA + API) on a random port against a fresh database. */
export default async function globalSetup() {
  if (!existsSync(webDist))
    throw new Error("web/dist is missing: run `pnpm --filter @baseplate/web build` first");
  const postgres = await acquirePostgresServer();
  const database = await createTestDatabase(postgres.adminUrl, "bp_e2e");

  const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      LOG_LEVEL: "info",
      // Every spec signs up and logs in from 127.0.0.1: per-IP limits are for the internet, not this run.
      // (Per-email limits and the login lockout keep their defaults; specs use fresh addresses.)
      RATE_LIMIT_KEY_PREFIX: `e2e-${process.pid}-${Date.now()}`,
      RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: "1000",
      RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE: "1000",
      RATE_LIMIT_EMAIL_REQUESTS_PER_IP_PER_HOUR: "1000",
      // The webhooks spec runs its receiver on 127.0.0.1 and watches a delivery fail, retry and die
      // within seconds: private targets allowed, two 2 s retries without jitter, a sweep every 500 ms.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
      WEBHOOK_RETRY_SCHEDULE: "2s,2s",
      WEBHOOK_RETRY_JITTER: "0",
      WEBHOOK_SWEEP_INTERVAL_MS: "500",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const baseUrl = await waitForUrl(server);
  process.env.E2E_BASE_URL = baseUrl;
  // The first account of a fresh database becomes the platform operator (root owner): create it
  // before any spec runs, so parallel specs never race for it.
  await createOperator(baseUrl);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await database.drop();
    await postgres.stop();
  };
}

function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"(http:\/\/[^"]+)"/);
      if (match?.[1]) resolve(match[1]);
    });
    server.once("exit", (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${output}`)),
    );
  });
}

async function createOperator(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OPERATOR),
  });
  const body = (await response.json()) as { memberships?: Array<{ isRoot: boolean; role: string }> };
  const isRootOwner = body.memberships?.some((m) => m.isRoot && m.role === "owner");
  if (!response.ok || !isRootOwner) {
    throw new Error(`could not create the operator account (${response.status}): ${JSON.stringify(body)}`);
  }
}
