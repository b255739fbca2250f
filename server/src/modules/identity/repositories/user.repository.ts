import type { DbClient, DbTx } from "@baseplate/db";

export const profileSelect = {
  id: true,
  email: true,
  displayName: true,
  passwordHash: true,
  emailVerifiedAt: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
  lastLoginAt: true,
  identities: { select: { provider: true }, orderBy: { createdAt: "asc" } },
} as const;

export function findUserByEmail(db: DbClient | DbTx, email: string) {
  return db.user.findUnique({ where: { email }, select: profileSelect });
}

export function findUserById(db: DbClient | DbTx, id: string) {
  return db.user.findUnique({ where: { id }, select: profileSelect });
}

export function insertUser(
  db: DbTx,
  data: { email: string; displayName: string; passwordHash: string | null; emailVerifiedAt: Date | null },
) {
  return db.user.create({ data, select: profileSelect });
}

export async function recordLogin(db: DbClient | DbTx, userId: string, at: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastLoginAt: at }, select: { id: true } });
}

export async function updatePasswordHash(db: DbTx, userId: string, passwordHash: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
}

/** Sets the verification time unless the address was already verified (keeps the first proof). */
export async function markEmailVerified(db: DbTx, userId: string, at: Date): Promise<void> {
  await db.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: at } });
}

export function updateDisplayName(db: DbClient | DbTx, userId: string, displayName: string) {
  return db.user.update({ where: { id: userId }, data: { displayName }, select: profileSelect });
}
