import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { acquirePostgresServer, createTestDatabase } from "@baseplate/db/testing";

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
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.env.E2E_BASE_URL = await waitForUrl(server);

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
