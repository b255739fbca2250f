import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../lib/errors.js";
import { type PageInput, readPage } from "../../../lib/pagination.js";
import {
  countUnreadMessages,
  listMessagesOfUser,
  markAllMessagesRead,
  markMessageRead,
} from "../repositories/message.repository.js";

export type InvitationStatus = "open" | "accepted" | "revoked" | "expired";

type Row = Awaited<ReturnType<typeof listMessagesOfUser>>[number];

function invitationStatus(invitation: Row["invitation"], now: Date): InvitationStatus | null {
  if (!invitation) return null;
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "open";
}

/** The caller's messages, newest first; an invitation notice says where its invitation stands. */
export async function listMessages(deps: AppDeps, userId: string, page: PageInput) {
  const now = deps.clock.now();
  const { items, nextCursor } = await readPage(
    page,
    [(after, take) => listMessagesOfUser(deps.db, userId, after, take)],
    (message) => ({ at: message.createdAt, id: message.id }),
  );
  const messages = items.map(({ invitation, ...message }) => ({
    ...message,
    invitationStatus: invitationStatus(invitation, now),
  }));
  return { messages, nextCursor };
}

export function unreadMessageCount(deps: AppDeps, userId: string) {
  return countUnreadMessages(deps.db, userId);
}

/** Someone else's message answers exactly like a missing one: no probing of ids. */
export async function markRead(deps: AppDeps, userId: string, messageId: string): Promise<void> {
  if (!(await markMessageRead(deps.db, userId, messageId)))
    throw new AppError("NOT_FOUND", "Message not found");
}

/** Only the caller's own messages; the count is how many were unread. */
export function markAllRead(deps: AppDeps, userId: string): Promise<number> {
  return markAllMessagesRead(deps.db, userId);
}
