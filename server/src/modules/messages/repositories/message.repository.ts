import type { DbClient, DbTx } from "@baseplate/db";

export interface NewMessage {
  userId: string;
  type: string;
  title: string;
  body: string;
  link?: string | null;
}

export async function insertMessage(db: DbTx, message: NewMessage): Promise<void> {
  await db.message.create({ data: { ...message, link: message.link ?? null }, select: { id: true } });
}

/** The user filter lives here: a message is only ever read through its owner. */
export function listMessagesOfUser(db: DbClient | DbTx, userId: string, limit: number) {
  return db.message.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      userId: true,
      type: true,
      title: true,
      body: true,
      link: true,
      isRead: true,
      createdAt: true,
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
