import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPostgresProcessAlive, startEmbeddedPostgres } from "../src/embedded.js";
import { findFreePort } from "../src/testing.js";
import { query } from "./support/scratch-database.js";
import { tempDir } from "./support/temp-dir.js";

async function postmasterPid(dataDir: string): Promise<number> {
  return Number.parseInt(await readFile(join(dataDir, "postmaster.pid"), "utf8"), 10);
}

describe("startEmbeddedPostgres", () => {
  it("serves queries, stops without leaving a process, and keeps its data for the next start", async () => {
    const dataDir = join(await tempDir("embedded"), "data");
    const port = await findFreePort();

    const first = await startEmbeddedPostgres({ dataDir, port });
    const pid = await postmasterPid(dataDir);
    expect(isPostgresProcessAlive(pid)).toBe(true);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives restart')");
    const workers = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean);
    expect(workers.length).toBeGreaterThan(0);
    await first.stop();

    for (const process of [pid, ...workers.map(Number)]) expect(isPostgresProcessAlive(process)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "survives restart" }]);
    } finally {
      await second.stop();
    }
  });

  it("replaces a postmaster.pid left behind by a killed server", async () => {
    const dataDir = join(await tempDir("embedded-stale"), "data");
    const port = await findFreePort();
    await (await startEmbeddedPostgres({ dataDir, port })).stop();
    const deadPid = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim();
    await writeFile(
      join(dataDir, "postmaster.pid"),
      `${deadPid}\n${dataDir}\n0\n${port}\n\n127.0.0.1\n0 0\nready\n`,
    );

    const restarted = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(restarted.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await restarted.stop();
    }
  });

  it("takes over a PostgreSQL whose owner was killed and is still a zombie (not yet reaped)", async () => {
    const dataDir = join(await tempDir("embedded-orphan"), "data");
    const port = await findFreePort();
    const orphaned = await startEmbeddedPostgres({ dataDir, port });
    const orphanPid = await postmasterPid(dataDir);
    // The forked child exits at once and perl never waits for it, so it stays a zombie (a shell
    // may reap its background job before `exec`, which made an `sh` version of this flaky).
    const keeper = spawn(
      "perl",
      ["-e", '$| = 1; my $pid = fork(); exit 0 if $pid == 0; print "$pid\\n"; sleep 30;'],
      { stdio: ["ignore", "pipe", "ignore"] },
    );
    const [line] = (await once(keeper.stdout, "data")) as [Buffer];
    const zombie = Number.parseInt(line.toString(), 10);
    try {
      await expect.poll(() => readFileSync(`/proc/${zombie}/stat`, "utf8").split(") ")[1]?.[0]).toBe("Z");
      const startTime = readFileSync(`/proc/${zombie}/stat`, "utf8").split(") ")[1]?.split(" ")[19];
      await writeFile(join(dataDir, "baseplate-owner.json"), JSON.stringify({ pid: zombie, startTime }));

      const restarted = await startEmbeddedPostgres({ dataDir, port });
      try {
        expect(restarted.replacedOrphan).toBe(orphanPid);
        expect(isPostgresProcessAlive(orphanPid)).toBe(false);
        expect(await query(restarted.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await restarted.stop();
      }
    } finally {
      keeper.kill("SIGKILL");
      await orphaned.stop();
    }
  });

  it("shares a PostgreSQL whose owner is still running", async () => {
    const dataDir = join(await tempDir("embedded-shared"), "data");
    const port = await findFreePort();
    const owner = await startEmbeddedPostgres({ dataDir, port });
    try {
      const second = await startEmbeddedPostgres({ dataDir, port });
      expect(second.replacedOrphan).toBeUndefined();
      await second.stop(); // a no-op: the first start owns it
      expect(await query(owner.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it("refuses port 5432, which belongs to the system PostgreSQL", async () => {
    await expect(
      startEmbeddedPostgres({ dataDir: await tempDir("embedded-5432"), port: 5432 }),
    ).rejects.toThrow(/5432/);
  });
});
