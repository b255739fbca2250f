import type { ConfigVariable, ConfigVariableType, DbTx } from "@baseplate/db";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { isUniqueViolation } from "../../../lib/prisma-errors.js";
import type { RequestOrigin } from "../../../lib/request-origin.js";
import { writeAudit } from "../../audit/repositories/audit.repository.js";
import { checkVariable } from "./config-rules.js";
import { CONFIG_CHANNEL } from "./config-store.js";

export interface ConfigActor {
  userId: string;
  origin: RequestOrigin;
}

export interface NewConfigVariable {
  name: string;
  type: ConfigVariableType;
  value: string;
  description: string;
  options: string;
}

export interface ConfigChange {
  name: string;
  value: string;
  description?: string;
  options?: string;
}

const view = (row: ConfigVariable) => ({
  name: row.name,
  type: row.type,
  value: row.value,
  description: row.description,
  isSystem: row.isSystem,
  options: row.options,
  updatedAt: row.updatedAt,
});
export type ConfigVariableView = ReturnType<typeof view>;

function notFound(name: string): AppError {
  return new AppError("NOT_FOUND", `No config variable named ${name}`);
}

/** Every node reloads when this commits (NOTIFY is delivered only on commit). */
async function announce(tx: DbTx, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CONFIG_CHANNEL}, ${name})`;
}

export async function listConfig(deps: AppDeps) {
  const rows = await deps.db.configVariable.findMany({ orderBy: { name: "asc" } });
  return { configs: Object.fromEntries(rows.map((row) => [row.name, view(row)])) };
}

export async function getConfig(deps: AppDeps, name: string): Promise<ConfigVariableView> {
  const row = await deps.db.configVariable.findUnique({ where: { name } });
  if (!row) throw notFound(name);
  return view(row);
}

export async function createConfig(
  deps: AppDeps,
  actor: ConfigActor,
  input: NewConfigVariable,
): Promise<ConfigVariableView> {
  checkVariable(input);
  try {
    return await deps.db.$transaction(async (tx) => {
      const row = await tx.configVariable.create({ data: { ...input, isSystem: false } });
      await writeAudit(tx, {
        action: "config.created",
        severity: "medium",
        userId: actor.userId,
        message: `Config variable created: ${input.name} (${input.type})`,
        metadata: { name: input.name, type: input.type, value: input.value },
        request: actor.origin,
      });
      await announce(tx, input.name);
      return view(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `A config variable named ${input.name} already exists`);
    throw error;
  }
}

export async function updateConfig(
  deps: AppDeps,
  actor: ConfigActor,
  change: ConfigChange,
): Promise<ConfigVariableView> {
  return deps.db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<ConfigVariable[]>`
      SELECT * FROM "ConfigVariable" WHERE name = ${change.name} FOR UPDATE`;
    if (!current) throw notFound(change.name);
    const changesMore =
      (change.description !== undefined && change.description !== current.description) ||
      (change.options !== undefined && change.options !== current.options);
    if (current.isSystem && changesMore) {
      throw new AppError("CONFLICT", `${change.name} is a system variable: only its value can change`);
    }
    const next = {
      name: current.name,
      type: current.type,
      value: change.value,
      options: change.options ?? current.options,
    };
    checkVariable(next);
    const row = await tx.configVariable.update({
      where: { name: change.name },
      data: { value: change.value, description: change.description, options: next.options },
    });
    await writeAudit(tx, {
      action: "config.updated",
      severity: current.isSystem ? "high" : "medium",
      userId: actor.userId,
      message: `Config variable changed: ${change.name}`,
      metadata: { name: change.name, from: current.value, to: change.value },
      request: actor.origin,
    });
    await announce(tx, change.name);
    return view(row);
  });
}

export async function deleteConfig(deps: AppDeps, actor: ConfigActor, name: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const current = await tx.configVariable.findUnique({ where: { name } });
    if (!current) throw notFound(name);
    if (current.isSystem)
      throw new AppError("CONFLICT", `${name} is a system variable and cannot be deleted`);
    const { count } = await tx.configVariable.deleteMany({ where: { name, isSystem: false } });
    if (count === 0) throw notFound(name);
    await writeAudit(tx, {
      action: "config.deleted",
      severity: "medium",
      userId: actor.userId,
      message: `Config variable deleted: ${name}`,
      metadata: { name, value: current.value },
      request: actor.origin,
    });
    await announce(tx, name);
  });
}
