import { describe, expect, it } from "vitest";
import { migrateDeploy, migrationStatus } from "../src/migrate/index.js";
import { createScratchDatabase } from "./support/scratch-database.js";

describe("migrationStatus", () => {
  it("reports every migration pending on an empty database, then up to date after deploy", async () => {
    const databaseUrl = await createScratchDatabase();

    const before = await migrationStatus({ databaseUrl });
    expect(before.applied).toEqual([]);
    expect(before.pending.length).toBeGreaterThan(0);
    expect(before).toMatchObject({ failed: [], edited: [], diverged: false, upToDate: false });

    const applied = await migrateDeploy({ databaseUrl });

    const after = await migrationStatus({ databaseUrl });
    expect(after).toEqual({
      applied,
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
      diverged: false,
      upToDate: true,
    });
    expect(applied).toEqual(before.pending);
  });
});
