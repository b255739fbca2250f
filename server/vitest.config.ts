import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two files at a time: most tests wait on PostgreSQL and HTTP, so this halves the wall time on 2 cores.
    maxWorkers: 2,
  },
});
