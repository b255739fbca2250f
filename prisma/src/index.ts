import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { type Prisma, PrismaClient } from "../generated/client.js";

export * from "../generated/client.js";

/** The application's database client. */
export type DbClient = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => ...)` callbacks. */
export type DbTx = Prisma.TransactionClient;

export interface CreatePrismaClientOptions
  extends Omit<Prisma.PrismaClientOptionsWithAdapter, "adapter" | "accelerateUrl"> {
  /** node-postgres pool settings (max connections, timeouts, ...). */
  pool?: Omit<PoolConfig, "connectionString">;
}

export function createPrismaClient(databaseUrl: string, options: CreatePrismaClientOptions = {}): DbClient {
  const { pool, ...clientOptions } = options;
  const adapter = new PrismaPg({ ...pool, connectionString: databaseUrl });
  return new PrismaClient({ ...clientOptions, adapter });
}

export { withSessionLock } from "./session-lock.js";
