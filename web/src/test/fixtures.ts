import type { SystemStatus, SystemVersion } from "../features/system/types";

export const versionFixture: SystemVersion = { version: "0.1.0", apiVersion: "1.2" };

/** What a platform admin sees (every field present). */
export function statusFixture(overrides: Partial<SystemStatus> = {}): Required<SystemStatus> {
  return {
    status: "ok",
    version: "0.1.0",
    apiVersion: "1.2",
    node: "node-7f3a",
    uptimeSeconds: 7505,
    checks: {
      database: { ok: true, latencyMs: 3.2, embedded: true },
      jobs: { ok: true, workers: "running" },
    },
    ...overrides,
  };
}
