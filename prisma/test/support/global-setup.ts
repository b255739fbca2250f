import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startTestPostgresServer } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let dataRoot: string | undefined;
  const server = await startTestPostgresServer(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), "baseplate-test-pg-"));
    await chmod(dataRoot, 0o755);
    return join(dataRoot, "data");
  });
  project.provide("postgresServerUrl", server.url);
  return async () => {
    await server.stop();
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  };
}
