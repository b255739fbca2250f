import type { TestProject } from "vitest/node";
import { acquirePostgresServer } from "../../src/testing.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await acquirePostgresServer();
  project.provide("postgresServerUrl", server.adminUrl);
  return () => server.stop();
}
