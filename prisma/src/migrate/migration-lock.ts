import { withSessionLock } from "../session-lock.js";

/** Ours, distinct from Prisma's own 72707369, which the engine takes on its own connections. */
const MIGRATION_LOCK_KEY = 4_827_310_911;

/** Serialises migration work across processes. */
export function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  return withSessionLock(databaseUrl, MIGRATION_LOCK_KEY, work);
}
