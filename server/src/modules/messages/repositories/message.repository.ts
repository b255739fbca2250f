import type { DbClient, DbTx } from "@baseplate/db";
import { type Keyset, newestFirst, newestFirstAfter } from "../../../lib/pagination.js";

export interface NewMessage {
  userId: string;
  type: string;
  title: string;
  body: string;
  link?: string | null;
  /** The invitation an in-app invitation notice is about (accept it from the message). */
  invitationId?: string | null;
}

export async function insertMessage(db: DbTx, message: NewMessage): Promise<void> {
  await db.message.create({
    data: { ...message, link: message.link ?? null, invitationId: message.invitationId ?? null },
    select: { id: true },
  });
}

/** The user filter lives here: a message is only ever read through its owner. Newest first. */
export function listMessagesOfUser(db: DbClient | DbTx, userId: string, after: Keyset | null, take: number) {
  return db.message.findMany({
    where: { userId, ...newestFirstAfter(after) },
    orderBy: newestFirst,
    take,
    select: {
      id: true,
      userId: true,
      type: true,
      title: true,
      body: true,
      link: true,
      isRead: true,
      createdAt: true,
      invitationId: true,
      invitation: { select: { expiresAt: true, acceptedAt: true, revokedAt: true } },
    },
  });
}

export function countUnreadMessages(db: DbClient | DbTx, userId: string): Promise<number> {
  return db.message.count({ where: { userId, isRead: false } });
}

/** Marks read only a message of `userId`; false when there is no such message for them. */
export async function markMessageRead(
  db: DbClient | DbTx,
  userId: string,
  messageId: string,
): Promise<boolean> {
  const { count } = await db.message.updateMany({ where: { id: messageId, userId }, data: { isRead: true } });
  return count === 1;
}

/** Marks every unread message of `userId` read; returns how many changed. */
export async function markAllMessagesRead(db: DbClient | DbTx, userId: string): Promise<number> {
  const { count } = await db.message.updateMany({ where: { userId, isRead: false }, data: { isRead: true } });
  return count;
}
