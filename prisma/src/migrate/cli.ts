import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl } from "../embedded.js";
import {
  checkDrift,
  createMigration,
  defaultSchemaPath,
  type MigrateOptions,
  migrateDeploy,
  migrationStatus,
} from "./index.js";

const USAGE =
  "usage: migrate deploy | status | check | create <name>  [--schema <file>] [--migrations <dir>]";
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

function displayPath(path: string): string {
  const fromRoot = relative(repoRoot, path);
  return fromRoot.startsWith("..") ? path : fromRoot;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Where we are pointed, without the password. */
function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const source = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL";
  return `${source} ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Engine errors carry a Rust span trace after the message ("   0: schema_engine_wasm::..."). */
function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]?.trim() ?? message;
}

type Command = (options: MigrateOptions, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async deploy(options) {
    const applied = await migrateDeploy(options);
    console.log(
      applied.length > 0
        ? `Applied ${plural(applied.length, "migration")}: ${applied.join(", ")} (${describe(options.databaseUrl)})`
        : `No pending migrations; database is up to date (${describe(options.databaseUrl)})`,
    );
    return 0;
  },

  async status(options) {
    const status = await migrationStatus(options);
    const problems = [
      status.pending.length > 0 &&
        `${plural(status.pending.length, "pending migration")}: ${status.pending.join(", ")}`,
      status.failed.length > 0 && `failed: ${status.failed.join(", ")}`,
      status.edited.length > 0 && `edited after being applied: ${status.edited.join(", ")}`,
      status.missingLocally.length > 0 && `applied but missing locally: ${status.missingLocally.join(", ")}`,
      status.diverged && "the database's migration history diverges from prisma/migrations",
    ].filter(Boolean);
    const summary = status.upToDate
      ? `Up to date, ${plural(status.applied.length, "migration")} applied`
      : problems.join("; ");
    console.log(`${summary} (${describe(options.databaseUrl)})`);
    if (status.pending.length > 0 && !status.diverged) console.log("Run `pnpm db:migrate` to apply them.");
    return status.upToDate ? 0 : 1;
  },

  async check(options) {
    const drift = await checkDrift(options);
    const schema = displayPath(options.schemaPath ?? defaultSchemaPath);
    if (drift.upToDate) {
      console.log(`${schema} is fully captured by the migrations`);
      return 0;
    }
    console.error(`${schema} has changes that no migration captures. Missing SQL:\n`);
    console.error(`${drift.sql}\n`);
    console.error("Create the migration with: pnpm db:migrate:create <name>");
    return 1;
  },

  async create(options, [name]) {
    if (!name) {
      console.error(USAGE);
      return 2;
    }
    const directory = await createMigration({ ...options, name });
    console.log(
      directory
        ? `Created ${displayPath(directory)}/migration.sql; review it, then run pnpm db:migrate`
        : "No schema changes; no migration created",
    );
    return 0;
  },
};

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { schema: { type: "string" }, migrations: { type: "string" } },
      allowPositionals: true,
    });
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  const [commandName = "", ...args] = parsed?.positionals ?? [];
  const command = commands[commandName];
  if (!parsed || !command) {
    console.error(USAGE);
    return 2;
  }
  const { values } = parsed;
  const fail = (error: unknown) => {
    console.error(`migrate ${commandName} failed: ${errorMessage(error)}`);
    return 1;
  };
  const database = await resolveDatabaseUrl().catch((error: unknown) => fail(error));
  if (typeof database === "number") return database;
  try {
    // pnpm runs us from prisma/; paths given on the command line are relative to where the user typed them.
    const fromUserCwd = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
    const options: MigrateOptions = {
      databaseUrl: database.url,
      schemaPath: values.schema === undefined ? undefined : fromUserCwd(values.schema),
      migrationsDir: values.migrations === undefined ? undefined : fromUserCwd(values.migrations),
    };
    return await command(options, args);
  } catch (error) {
    return fail(error);
  } finally {
    await database.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
