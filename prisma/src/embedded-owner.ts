import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Which process started the embedded PostgreSQL serving a data directory, kept next to PostgreSQL's
 * own postmaster.pid. A live PostgreSQL whose owner is gone was orphaned (its owner was killed) and
 * is taken over; one whose owner still runs is shared (e.g. `pnpm db:status` next to `pnpm start`).
 */
const OWNER_FILE = "baseplate-owner.json";

interface Owner {
  pid: number;
  /** Process start time (/proc/<pid>/stat field 22), so a reused pid is not mistaken for the owner. */
  startTime: string | null;
}

/** /proc/<pid>/stat, split into the fields after the command name (which may itself contain spaces). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function processStartTime(pid: number): string | null {
  return statFields(pid)?.[19] ?? null;
}

/**
 * A killed owner stays a zombie until its new parent reaps it, and some init processes (this
 * machine's among them) take their time; kill(pid, 0) still succeeds for a zombie.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const state = statFields(pid)?.[0];
  return state !== "Z" && state !== "X";
}

export async function recordOwner(dataDir: string): Promise<void> {
  const owner: Owner = { pid: process.pid, startTime: processStartTime(process.pid) };
  await writeFile(join(dataDir, OWNER_FILE), JSON.stringify(owner));
}

export async function forgetOwner(dataDir: string): Promise<void> {
  await rm(join(dataDir, OWNER_FILE), { force: true });
}

/** The pid of the live process that started the PostgreSQL on dataDir, or null when it is gone. */
export async function liveOwner(dataDir: string): Promise<number | null> {
  const content = await readFile(join(dataDir, OWNER_FILE), "utf8").catch(() => null);
  if (content === null) return null;
  try {
    const owner = JSON.parse(content) as Owner;
    if (!Number.isInteger(owner.pid) || !isRunning(owner.pid)) return null;
    return owner.startTime === null || owner.startTime === processStartTime(owner.pid) ? owner.pid : null;
  } catch {
    return null;
  }
}
